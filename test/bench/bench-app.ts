/**
 * The app as the browser benchmarks drive it: a production build (rebuilt when stale), served
 * by its own web host over a fresh data folder, opened in Debian's Chromium and ready.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startWebHost } from '../../electron/host/web/web-host';
import type { WebHost } from '../../electron/host/web/web-host';
import buildIfStale from '../e2e/global-setup';
import { launchChromium } from '../e2e/support/browser';
import { rendererDir } from '../e2e/support/paths';

export type BenchApp = { page: Page; host: WebHost; dataDir: string };

/** Runs `measure` against a ready app, and tears browser, host and data folder down after. */
export async function withBenchApp<T>(name: string, viewport: { width: number; height: number }, measure: (app: BenchApp) => Promise<T>): Promise<T> {
  buildIfStale();
  const dataDir = await mkdtemp(join(tmpdir(), `wajourney-bench-${name}-`));
  const host = await startWebHost({ port: 0, rendererDir, dataDir });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport });
    await page.goto(host.url);
    await page.locator('html[data-ready="true"]').waitFor();
    return await measure({ page, host, dataDir });
  } finally {
    await browser.close();
    await host.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
