/**
 * The editor's Run button, once the rules let it be pressed. When it stays disabled the test
 * fails saying what the Rules section shows (the findings that block it, or still checking),
 * so a failure in CI tells why instead of "expected false to be true".
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export async function runButtonReady(page: Page, name: string, timeout = 40_000): Promise<Locator> {
  const run = page.getByRole('button', { name });
  try {
    await expect.poll(() => run.isEnabled(), { timeout }).toBe(true);
  } catch {
    const rules = await page.locator('.side-rules').innerText().catch(() => '(no Rules section)');
    throw new Error(`"${name}" stayed disabled for ${timeout / 1000} s; the Rules section says: ${rules.replace(/\s+/g, ' ')}`);
  }
  return run;
}
