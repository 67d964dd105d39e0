import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const rendererDir = join(projectRoot, 'out', 'renderer');
export const rendererIndex = join(rendererDir, 'index.html');
/** Git-ignored: screenshots are for looking at, not for diffing. */
export const screenshotDir = join(projectRoot, 'test', 'e2e', 'screenshots');
