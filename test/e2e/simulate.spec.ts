/**
 * Simulation and the trainer timeline in Chromium through the web host: the sample promotion
 * simulated from the editor shows on every step and every link the simulator's own counts for
 * the same inputs; the trainer steps a persona through a service-window failure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../core/sim';
import { EditorPage } from './pages/editor-page';
import { screenshotDir } from './support/paths';
import { samplePromotion } from './support/sample-journeys';
import { sessionPerTest } from './support/session-per-test';

const current = sessionPerTest();
const START = '2026-12-01T10:00';

describe('simulating from the editor in Chromium', () => {
  it('draws the simulator’s counts for the same inputs on the sample journey', async () => {
    const { app, host, page } = current();
    const editor = new EditorPage(page);
    await app.open(host.url);
    await editor.open('Winter promotion with reply handling');
    const panel = page.getByRole('region', { name: 'Simulate' });
    await panel.getByRole('option', { name: /sample/ }).waitFor({ state: 'attached' });
    await panel.getByLabel('Start').fill(START);
    await panel.getByLabel('Seed').fill('7');
    await panel.getByRole('button', { name: 'Simulate' }).click();
    await panel.getByTestId('simulation-summary').waitFor();

    // The same inputs on this side: the sample, the typical world, the start as the browser read it.
    const start = await page.evaluate((text) => new Date(text).getTime(), START);
    const { journey, templates, channels, audience } = samplePromotion();
    const expected = simulate({ journey, templates, channel: channels[0], audience, start, seed: 7 });
    // The test files are compiled without DOM types: the elements are read through a narrow shape.
    type Counted = { getAttribute(name: string): string | null; parentElement: { getAttribute(name: string): string | null } };
    const shown = await page.locator('[data-overlay-step] [data-count="entered"]').evaluateAll((els) =>
      Object.fromEntries(
        els.map((el) => {
          const counted = el as unknown as Counted;
          return [counted.parentElement.getAttribute('data-overlay-step'), Number(counted.getAttribute('data-value'))];
        }),
      ),
    );
    expect(shown).toEqual(Object.fromEntries(Object.entries(expected.nodes).map(([id, n]) => [id, n.entered])));
    // Every link: its count, its hover sentence, and its thickness by that count.
    const links = await page.locator('[data-overlay-edge]').evaluateAll((els) =>
      Object.fromEntries(els.map((el) => [(el as unknown as Counted).getAttribute('data-overlay-edge'), Number((el as unknown as Counted).getAttribute('data-value'))])),
    );
    expect(links).toEqual(expected.edges);
    const joins = journey.edges.filter((e) => journey.edges.filter((x) => x.target === e.target).length > 1);
    expect(joins.length).toBeGreaterThan(0); // links meeting at a step, which step counts alone cannot split
    const busiest = Object.entries(expected.edges).sort((a, b) => b[1] - a[1])[0]!;
    const label = editor.canvas().locator(`[data-overlay-edge="${busiest[0]}"]`);
    expect(await label.getAttribute('title')).toBe(`${busiest[1].toLocaleString('en')} contacts took this link (simulation)`);
    const strokeOf = (id: string) =>
      editor
        .canvas()
        .locator(`.react-flow__edge[data-id="${id}"] .react-flow__edge-path`)
        .evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { strokeWidth: string } }).getComputedStyle(el).strokeWidth);
    expect(await strokeOf(busiest[0])).toBe('9.5px');
    expect(await editor.canvas().locator('.overlay-failed').count()).toBeGreaterThan(0);
    await app.screenshot('simulate-sample');
    // Close enough to read the counts on the steps.
    await editor.step('promo').click();
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
    await page.waitForTimeout(300);
    await editor.canvas().screenshot({ path: join(screenshotDir, 'simulate-sample-canvas.png'), animations: 'disabled' });
    await panel.getByTestId('series-chart').scrollIntoViewIfNeeded();
    await app.screenshot('simulate-sample-charts');
  });

  it('steps the trainer timeline through a service-window failure, in the dark theme', async () => {
    const { app, host, page } = current();
    const editor = new EditorPage(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.open(host.url);
    await page.getByLabel('Import a journey file').setInputFiles({
      name: 'outside-window.journey.json',
      mimeType: 'application/json',
      buffer: readFileSync('test/fixtures/journeys/session.outside-window.bad.journey.json'),
    });
    await editor.open('Free-form follow-up two days after an ad');
    const trainer = page.getByRole('region', { name: 'Trainer timeline' });
    await trainer.getByRole('button', { name: 'Play the timeline' }).click();
    const stepper = trainer.getByTestId('trainer-stepper');
    await stepper.waitFor();
    const forward = trainer.getByRole('button', { name: 'Forward' });
    while ((await stepper.locator('.trainer-event').getAttribute('data-event')) !== 'failed') await forward.click();
    expect(await stepper.getByRole('status').getAttribute('data-window')).toBe('closed');
    expect(await stepper.locator('[data-rule]').getAttribute('data-rule')).toBe('session.outside-window');
    await editor.step('follow-up').locator('.step').waitFor();
    const outline = await editor.step('follow-up').locator('.step').evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { outlineStyle: string } }).getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    await stepper.scrollIntoViewIfNeeded();
    await app.screenshot('trainer-window-failure-dark');
  });
});
