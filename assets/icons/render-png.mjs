/* global process, URL */
// Renders app-icon.svg to icon.png (1024 px, transparent corners) with Debian's Chromium, for
// electron-builder, which derives the Windows and macOS formats from it.
// Run after changing the SVG: node assets/icons/render-png.mjs
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const svg = readFileSync(here('app-icon.svg'), 'utf8').replace('width="512" height="512"', 'width="1024" height="1024"');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
  await page.setContent(`<body style="margin:0">${svg}</body>`);
  await page.locator('svg').screenshot({ path: here('icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
