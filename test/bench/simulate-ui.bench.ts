/**
 * `npm run bench simulate-ui`: the Simulate panel on a production build served by the web
 * host, in Chromium through the real UI. A 100,000-contact audience is imported from a CSV,
 * the sample promotion is opened and simulated over it. Figures: from the Simulate click to
 * the counts on the canvas, and the longest main-thread task meanwhile (Long Tasks API): the
 * simulation itself runs in its Web Worker, so what the main thread still does is reading the
 * contacts from IndexedDB and posting them to the worker. Target: no task over 200 ms (the
 * canvas never freezes for a noticeable time).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contactsCsv } from './contacts.bench';
import { withBenchApp } from './bench-app';
import { atMost, info, type BenchReport } from './report';

const CONTACTS = 100_000;

export function run(): Promise<BenchReport> {
  return withBenchApp('simulate-ui', { width: 1600, height: 900 }, async ({ page, dataDir }) => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Audiences' }).click();
    const csv = join(dataDir, 'bench-100k.csv');
    await writeFile(csv, contactsCsv(0, CONTACTS));
    await page.getByLabel('Import contacts from CSV', { exact: true }).and(page.locator('input[type=file]')).setInputFiles(csv);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/contacts imported into/).waitFor({ timeout: 120_000 });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Journeys' }).click();
    await page.getByRole('button', { name: 'Open Winter promotion with reply handling' }).click();
    await page.locator('.react-flow__node').first().waitFor();
    const panel = page.getByRole('region', { name: 'Simulate' });
    await panel.getByRole('option', { name: /bench-100k/ }).waitFor({ state: 'attached' });
    await panel.getByLabel('Start').fill('2026-12-01T10:00');
    await page.waitForTimeout(500);
    await page.evaluate(`(() => {
      const w = globalThis;
      w.__longest = 0;
      w.__tasks = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) { w.__tasks++; w.__longest = Math.max(w.__longest, e.duration); } }).observe({ type: 'longtask' });
    })()`);
    const start = Date.now();
    await panel.getByRole('button', { name: 'Simulate' }).click();
    await panel.getByTestId('simulation-summary').waitFor({ timeout: 120_000 });
    const elapsed = Date.now() - start;
    await page.waitForTimeout(200);
    const { longest, tasks } = (await page.evaluate('({ longest: globalThis.__longest, tasks: globalThis.__tasks })')) as { longest: number; tasks: number };
    return {
      title: `Simulate panel: sample promotion over ${CONTACTS.toLocaleString('en')} contacts (Chromium, production build)`,
      figures: [info('click to counts on the canvas', elapsed, 'ms'), atMost('longest main-thread task', Math.round(longest), 'ms', 200), info('main-thread tasks over 50 ms', tasks, 'tasks')],
    };
  });
}
