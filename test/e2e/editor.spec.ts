import { describe, expect, it } from 'vitest';
import { EditorPage } from './pages/editor-page';
import { sessionPerTest } from './support/session-per-test';

// A design tool's window: room for the palette, the canvas and the side panel.
const session = sessionPerTest({ viewport: { width: 1600, height: 900 } });

describe('the journey editor', () => {
  it('builds a journey by drag and drop, shows the window error, fixes it with a wait for reply, and keeps it across a reload', async () => {
    const { app, host, page } = session();
    const editor = new EditorPage(page);
    await app.open(host.url);
    await page.getByRole('button', { name: 'New journey', exact: true }).click();
    await app.title('New journey');
    await editor.ready();

    // A free-form message to the right of the entry, then a link from the entry to it.
    const entry = await editor.step('entry').boundingBox();
    if (!entry) throw new Error('no entry step');
    await editor.dragFromPalette('Free-form message', { x: entry.x + entry.width + 200, y: entry.y + entry.height / 2 });
    await editor.step('message-1').waitFor();
    await editor.connect('entry', 'out', 'message-1');
    expect(await editor.edgeCount()).toBe(1);

    // Give it a text: the one error left is the window, lit along its path.
    await page.getByRole('textbox', { name: 'Text', exact: true }).fill('Bonjour ! Your order has shipped.');
    await editor.errorBadge('message-1').waitFor();
    await editor.step('message-1').locator('.step.is-lit').waitFor();
    await editor.step('message-1').getByText('No message from the contact on this path').waitFor();
    const rules = page.getByRole('complementary', { name: 'Step and rules' });
    await rules.getByText('Outside the 24-hour window').waitFor();
    await app.screenshot('editor-window-error');

    // Fix: a wait for reply dropped on the link goes into it; its no-reply output ends in an exit.
    await editor.dragFromPalette('Wait for reply', await editor.linkMiddle('entry', 'message-1'));
    await editor.step('reply-1').waitFor();
    expect(await editor.edgeCount()).toBe(2);
    await editor.fitView();
    const reply = await editor.step('reply-1').boundingBox();
    if (!reply) throw new Error('no reply step');
    await editor.dragFromPalette('Exit', { x: reply.x + reply.width + 140, y: reply.y + reply.height + 120 });
    await editor.step('exit-1').waitFor();
    await editor.connect('reply-1', 'timeout', 'exit-1');
    await editor.errorBadge('message-1').waitFor({ state: 'detached' });
    await editor.errorBadge('reply-1').waitFor({ state: 'detached' });
    await rules.getByText('Outside the 24-hour window').waitFor({ state: 'detached' });
    expect(await editor.step('message-1').locator('.step.is-lit').count()).toBe(0);
    await editor.waitSaved();
    await editor.fitView();
    await app.screenshot('editor-fixed-light');

    // Nothing is lost on reload.
    await app.reload();
    await editor.open('New journey');
    expect((await editor.stepIds()).sort()).toEqual(['entry', 'exit-1', 'message-1', 'reply-1']);
    expect(await editor.edgeCount()).toBe(3);
    await editor.step('message-1').getByText('Bonjour ! Your order has shipped.').waitFor();
    expect(await editor.errorBadge('message-1').count()).toBe(0);
  });

  it('undoes and redoes from the keyboard, copies and pastes a step, and refuses a loop with a reason', async () => {
    const { app, host, page } = session();
    const editor = new EditorPage(page);
    await app.open(host.url);
    await page.getByRole('button', { name: 'New journey', exact: true }).click();
    await editor.ready();
    const entry = await editor.step('entry').boundingBox();
    if (!entry) throw new Error('no entry step');
    await editor.dragFromPalette('Wait', { x: entry.x + entry.width + 220, y: entry.y + entry.height / 2 });
    await editor.step('wait-1').waitFor();
    await editor.fitView();
    await editor.connect('entry', 'out', 'wait-1');

    await page.keyboard.press('ControlOrMeta+z');
    expect(await editor.edgeCount()).toBe(0);
    await page.keyboard.press('ControlOrMeta+Shift+z');
    expect(await editor.edgeCount()).toBe(1);

    await editor.step('wait-1').click();
    await page.keyboard.press('ControlOrMeta+c');
    await page.keyboard.press('ControlOrMeta+v');
    await editor.step('wait-2').waitFor();
    // Move the copy below, clear of the original, then try to link it back into a loop.
    const copy = await editor.centre(editor.step('wait-2').locator('.step-header'));
    await page.mouse.move(copy.x, copy.y);
    await page.mouse.down();
    await page.mouse.move(copy.x, copy.y + 200, { steps: 8 });
    await page.mouse.up();
    await editor.fitView();
    await editor.connect('wait-1', 'out', 'wait-2');
    expect(await editor.edgeCount()).toBe(2);
    await editor.connect('wait-2', 'out', 'wait-1');
    await page.getByRole('alert').getByText(/Refused: this link would make a loop/).waitFor();
    expect(await editor.edgeCount()).toBe(2);
    await app.screenshot('editor-refused-loop');

    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await app.screenshot('editor-shortcuts');
    await page.keyboard.press('Escape');
  });

  it('looks right in the dark theme, on a sample journey', async () => {
    const { app, host, page } = session();
    const editor = new EditorPage(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.open(host.url);
    await editor.open('Winter promotion with reply handling');
    await editor.step('wait-reply').click();
    await page.waitForTimeout(300);
    await app.screenshot('editor-sample-dark');
  });
});
