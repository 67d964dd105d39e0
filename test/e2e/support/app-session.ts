import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startWebHost } from '../../../electron/host/web/web-host';
import type { WebHost } from '../../../electron/host/web/web-host';
import { AppPage } from '../pages/app-page';
import { rendererDir } from './paths';

export type AppSession = {
  host: WebHost;
  context: BrowserContext;
  page: Page;
  app: AppPage;
  dataDir: string;
  /** Console errors and uncaught exceptions (a CSP violation shows up here). */
  pageErrors: string[];
  close(): Promise<void>;
};

/**
 * One test's world: a fresh data folder, its own web host on a free port, and a fresh browser
 * context (no storage, cookies or cache shared with any other test).
 */
export async function startAppSession(
  browser: Browser,
  options: { colorScheme?: 'light' | 'dark'; locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<AppSession> {
  const dataDir = await mkdtemp(join(tmpdir(), 'wajourney-e2e-'));
  const host = await startWebHost({ port: 0, rendererDir, dataDir });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    host,
    context,
    page,
    app: new AppPage(page),
    dataDir,
    pageErrors,
    async close() {
      await context.close();
      await host.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
