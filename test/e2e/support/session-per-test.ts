/**
 * The lifecycle every end-to-end spec wants: one Chromium for the file, a fresh app session
 * (data folder, web host, browser context) per test, and a test that fails when the page
 * logged an error. Call once at the top of a spec; read the current session in each test.
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchChromium } from './browser';
import { startAppSession } from './app-session';
import type { AppSession } from './app-session';

export function sessionPerTest(options: Parameters<typeof startAppSession>[1] = {}): () => AppSession {
  let browser: Browser;
  let session: AppSession | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    session = await startAppSession(browser, options);
  });
  afterEach(async () => {
    const errors = session?.pageErrors ?? [];
    await session?.close();
    session = undefined;
    expect(errors, 'the page logged errors').toEqual([]);
  });
  return () => {
    if (!session) throw new Error('no app session: call the getter inside a test');
    return session;
  };
}
