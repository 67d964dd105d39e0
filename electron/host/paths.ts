import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository (or unpacked app) root, found from this file rather than the working
 * directory so `npm start`, `npm run web` and `npx wajourney` work from any folder.
 */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const outDir = join(projectRoot, 'out');
export const rendererOutDir = join(outDir, 'renderer');

/** What `electron-vite build` must have produced for Electron to start. */
export const buildOutputs = [
  join(outDir, 'main', 'index.js'),
  join(outDir, 'preload', 'index.cjs'),
  join(rendererOutDir, 'index.html'),
];

/** Inputs of that build: a change in any of them makes the build stale. */
export const buildSources = ['core', 'electron/main', 'electron/preload', 'electron/host', 'renderer', 'electron.vite.config.ts', 'package.json'].map(
  (path) => join(projectRoot, path),
);

/**
 * Where the web host keeps secrets and state: `--data`, else WAJOURNEY_DATA_DIR, else a
 * `.wajourney-data` folder in the working directory (git-ignored), so a trainer's browser
 * session and a developer's checkout each keep their own.
 */
export function resolveWebDataDir(flag: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  return resolve(cwd, flag ?? env.WAJOURNEY_DATA_DIR ?? '.wajourney-data');
}
