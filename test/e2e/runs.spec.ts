/**
 * A real run in Chromium through the web host, against the built-in sandbox: a one-message
 * promotion (the sample's first message, no quiet hours so it runs at any hour) is started from
 * the editor after the confirmation, its live counts are drawn on the canvas, and the Runs screen
 * shows it completed with the per-step counts the confirmation promised; once the journey is
 * edited, the run's report says it describes the revision that ran.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EditorPage } from './pages/editor-page';
import { runButtonReady } from './support/run-launch';
import { oneMessageJourney } from './support/sample-journeys';
import { sessionPerTest } from './support/session-per-test';

const current = sessionPerTest();

/**
 * The run report's charts, once the host has read the journal: the running totals hold every
 * send the run counted, and the cost chart prices the promotion's delivered marketing
 * templates. Answers the charts' box.
 */
async function seeRunReport(page: Page, sent: number): Promise<Locator> {
  const charts = page.getByTestId('run-charts');
  await charts.getByTestId('series-chart').waitFor({ timeout: 20_000 });
  const lastRow = charts.getByTestId('series-chart').locator('tbody tr').last();
  // Columns: time, sent, delivered, read, replies (the report's own totals, not the snapshot's).
  expect(Number(await lastRow.locator('td').first().textContent())).toBe(sent);
  await charts.getByTestId('cost-chart').waitFor({ timeout: 10_000 });
  await charts.getByTestId('market-cost-chart').waitFor({ timeout: 10_000 });
  // Four lines drawn: sent, delivered, read and replies.
  await charts.getByTestId('series-chart').locator('.recharts-line-curve').nth(3).waitFor({ state: 'attached', timeout: 10_000 });
  // Beside the simulation made before the run: the cost in all, and the shares over time.
  const cost = page.getByTestId('report-cost-comparison');
  await cost.waitFor({ timeout: 10_000 });
  expect(await cost.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
  await page.getByTestId('series-comparison-chart').locator('.recharts-line-curve').nth(3).waitFor({ state: 'attached', timeout: 10_000 });
  return charts;
}

describe('a run in Chromium against the sandbox', () => {
  it('starts from the editor after the confirmation and completes with its counts', async () => {
    const { app, host, page } = current();
    const editor = new EditorPage(page);
    await app.open(host.url);
    await page.getByLabel('Import a journey file').setInputFiles({ name: 'promo-one.journey.json', mimeType: 'application/json', buffer: oneMessageJourney() });
    await editor.open('Winter promotion, one message');
    // Simulated first, so the run's report compares the run with its forecast.
    const simulatePanel = page.getByRole('region', { name: 'Simulate' });
    await simulatePanel.getByRole('option', { name: /sample/ }).waitFor({ state: 'attached' });
    await simulatePanel.getByRole('button', { name: 'Simulate' }).click();
    await simulatePanel.getByTestId('simulation-summary').waitFor({ timeout: 30_000 });

    const run = await runButtonReady(page, 'Run…');
    await run.click();
    const dialog = page.getByRole('dialog', { name: /Run “Winter promotion, one message” for real/ });
    const audience = dialog.getByRole('combobox', { name: 'Audience' });
    await audience.locator('option').nth(1).waitFor({ state: 'attached' });
    await audience.selectOption({ index: 1 });
    const estimate = dialog.getByTestId('run-estimate');
    await estimate.waitFor({ timeout: 20_000 });
    const eligible = Number(await estimate.locator('[data-eligible]').getAttribute('data-eligible'));
    expect(eligible).toBeGreaterThan(0);
    expect(Number(await estimate.locator('[data-days]').getAttribute('data-days'))).toBe(1);
    await app.screenshot('runs-confirmation');
    await dialog.getByRole('button', { name: 'Start the run' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Live: the notice says the run plays its own revision, and its counts sit on the canvas.
    await page.locator('.run-notice').waitFor({ timeout: 10_000 }).catch(() => undefined);
    await page.locator('[data-overlay-step="promo"]').waitFor({ timeout: 30_000 });
    await app.screenshot('runs-live-canvas');

    await app.goTo('Main', 'Runs');
    const row = page.locator('tr[data-run-status]').first();
    await expect.poll(() => row.getAttribute('data-run-status'), { timeout: 45_000, interval: 500 }).toBe('completed');
    await row.getByRole('button', { name: /^Details/ }).click();
    const details = page.getByTestId('run-details');
    const count = async (node: string, name: string) => Number((await details.locator(`tr[data-node="${node}"] [data-count="${name}"]`).textContent())?.replace(/\D/g, ''));
    // What the confirmation promised: the contacts consent lets the template reach are the ones sent.
    expect(await count('promo', 'sent')).toBe(eligible);
    // Every contact admitted left the journey: skipped at the template (no marketing opt-in) or at the exit.
    const admitted = await count('entry', 'entered');
    expect((await count('promo', 'exited')) + (await count('done', 'exited'))).toBe(admitted);
    expect(await row.getByTestId('run-progress-text').textContent()).toContain("200 of 200 contacts done");
    await app.screenshot('runs-completed');

    // The finished run's report: the simulation's charts, drawn from the run's journal.
    await seeRunReport(page, eligible);
    await page.getByTestId('run-charts').scrollIntoViewIfNeeded();
    await app.screenshot('runs-report-light');
    await page.getByTestId('report-cost-comparison').scrollIntoViewIfNeeded();
    await app.screenshot('runs-report-comparison');
    // Nothing was edited since the run: the report says nothing of revisions.
    expect(await page.getByTestId('report-frozen-journey').count()).toBe(0);
    // The journey edited after the run (a step added): the report still describes what ran, and says so.
    await app.goTo('Main', 'Journeys');
    await editor.open('Winter promotion, one message');
    const steps = (await editor.stepIds()).length;
    const canvas = (await editor.canvas().boundingBox())!;
    await editor.dragFromPalette('Exit', { x: canvas.x + canvas.width - 160, y: canvas.y + canvas.height - 120 });
    await expect.poll(async () => (await editor.stepIds()).length, { timeout: 10_000 }).toBe(steps + 1);
    await editor.waitSaved();
    await app.goTo('Main', 'Runs');
    await page.locator('tr[data-run-status]').first().getByRole('button', { name: /^Details/ }).click();
    const frozen = page.getByTestId('report-frozen-journey');
    await frozen.waitFor({ timeout: 20_000 });
    expect(await frozen.textContent()).toMatch(/^This run played the journey as it was on .+, when it started; the journey has been edited since\. This report describes what ran\.$/);
    await seeRunReport(page, eligible);
    await frozen.scrollIntoViewIfNeeded();
    await app.screenshot('runs-report-edited-since');
    await app.goTo('Main', 'Settings');
    await app.settings.chooseTheme('Dark');
    await app.goTo('Main', 'Runs');
    await page.locator('tr[data-run-status]').first().getByRole('button', { name: /^Details/ }).click();
    await seeRunReport(page, eligible);
    await page.getByTestId('run-charts').scrollIntoViewIfNeeded();
    await app.screenshot('runs-report-dark');
    await app.goTo('Main', 'Settings');
    await app.settings.chooseTheme('Light');
    await app.settings.chooseLanguage('Français');
    await app.goTo('Principale', 'Exécutions');
    await page.locator('tr[data-run-status]').first().getByRole('button', { name: /^Détails/ }).click();
    const charts = await seeRunReport(page, eligible);
    expect(await charts.getByTestId('series-chart').locator('figcaption').textContent()).toMatch(/^Cumuls dans le temps/);
    expect(await page.getByTestId('run-report').getByRole('heading', { name: 'Rapport' }).count()).toBe(1);
    await page.getByTestId('run-charts').scrollIntoViewIfNeeded();
    await app.screenshot('runs-report-fr');
  }, 180_000);

  it('keeps a Meta channel’s token in the host’s secret file, shows only that it is stored, and explains the webhook', async () => {
    const { app, host, page, dataDir } = current();
    await app.open(host.url);
    await app.goTo('Main', 'Channels');
    await page.getByRole('button', { name: 'Connect a Meta number' }).click();
    const panel = page.getByRole('region', { name: /Meta settings/ });
    await panel.getByRole('textbox', { name: 'Phone number ID' }).fill('109876543210');
    await panel.getByRole('textbox', { name: 'WhatsApp Business Account ID' }).fill('203456789012');
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    const token = panel.locator('[data-secret="token"]');
    await token.locator('[data-stored="no"]').waitFor();
    await token.locator('input').fill('EAAG-e2e-token-value');
    await token.getByRole('button', { name: 'Store' }).click();
    await token.locator('[data-stored="yes"]').waitFor();
    expect(await page.locator('body').textContent()).not.toContain('EAAG-e2e-token-value');
    expect(readFileSync(join(dataDir, 'secrets.json'), 'utf8')).toContain('token');
    // The app's standing receiver: the real local address and a callback path per channel.
    const channelId = await panel.getAttribute('data-channel');
    expect(await panel.getByTestId('local-url').textContent()).toBe(`http://127.0.0.1:${host.gateway?.webhookPort}/webhooks/${channelId}`);
    await panel.getByRole('textbox', { name: 'Public address of your tunnel' }).fill('https://shop.trycloudflare.com');
    expect(await panel.getByTestId('callback-url').textContent()).toBe(`https://shop.trycloudflare.com/webhooks/${channelId}`);
    await panel.getByRole('button', { name: 'Make a new verify token' }).click();
    await panel.getByTestId('verify-token').waitFor();
    const row = page.getByRole('row', { name: /WhatsApp number/ });
    expect(await row.textContent()).toContain('Meta Cloud API');
    await panel.scrollIntoViewIfNeeded();
    await app.screenshot('channels-meta-settings');
  });
});
