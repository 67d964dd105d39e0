import { existsSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import type { TestProjectInlineConfiguration } from 'vitest/config';

/** Debian's Chromium: the only browser these tests drive (never a downloaded one). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
if (!hasChromium && !process.env.VITEST_WORKER_ID) {
  console.log(`e2e project skipped: no Chromium at ${chromiumPath} (install it with: apt-get install -y chromium)`);
}

const projects: TestProjectInlineConfiguration[] = [
  { test: { name: 'core', environment: 'node', include: ['test/core/**/*.test.ts'] } },
  {
    plugins: [react()],
    test: {
      name: 'renderer',
      environment: 'jsdom',
      include: ['test/renderer/**/*.test.{ts,tsx}'],
      setupFiles: ['test/renderer/setup.ts'],
    },
  },
  { test: { name: 'electron', environment: 'node', include: ['test/electron/**/*.test.ts'] } },
];
if (hasChromium) {
  projects.push({
    test: {
      name: 'e2e',
      environment: 'node',
      include: ['test/e2e/**/*.spec.ts'],
      globalSetup: ['test/e2e/global-setup.ts'],
      testTimeout: 60_000,
      hookTimeout: 120_000,
      fileParallelism: false,
    },
  });
}

export default defineConfig({ test: { projects } });
