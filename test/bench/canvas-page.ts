/** What the browser benchmarks of the editor do in the page: import a journey through the UI, wait for quiet. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chainJourney, journeyFileText } from './canvas-fixture';

/** Imports a `steps`-step chain journey named `name` from a file, through the Journeys list. */
export async function importJourney(page: Page, dir: string, steps: number, name: string): Promise<void> {
  const path = join(dir, `${name}.journey.json`);
  await writeFile(path, journeyFileText(chainJourney(steps, `bench-${steps}`, name)));
  await page.getByLabel('Import a journey file', { exact: true }).and(page.locator('input[type=file]')).setInputFiles(path);
  await page.getByRole('button', { name: `Open ${name}`, exact: true }).waitFor();
}

/**
 * Waits until the page is quiet: three idle periods in a row with a whole 50 ms to spare (the
 * rules of a just-opened journey have landed, the Journeys list has counted its findings).
 * A string, because tsx would wrap inner functions in a helper the page lacks.
 */
export const settle = (page: Page) =>
  page.evaluate(`new Promise((resolve) => {
    let quiet = 0;
    const idle = (deadline) => {
      quiet = deadline.timeRemaining() >= 45 ? quiet + 1 : 0;
      if (quiet >= 3) resolve(null);
      else requestIdleCallback(idle);
    };
    requestIdleCallback(idle);
  })`);
