import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/** Clicks the button named `button` (exactly) and reads the file it downloads: its suggested name, bytes and UTF-8 text. */
export async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  const bytes = await readFile(await file.path());
  return { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}
