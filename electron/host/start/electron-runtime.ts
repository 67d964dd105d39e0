import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronRuntime = { available: true; executable: string } | { available: false; reason: string };

/**
 * Finds the Electron binary the way the `electron` package would, without requiring that
 * package: since Electron 35 its index.js downloads the binary on first require, which here
 * would hang or crash on a machine without internet. `path.txt` names the executable inside
 * `dist/`; both appear only once the download has succeeded.
 */
export function findElectronRuntime(packageDir: string | undefined, env: NodeJS.ProcessEnv = process.env): ElectronRuntime {
  if (!packageDir) return { available: false, reason: 'the electron package is not installed' };
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  if (!relative && !env.ELECTRON_OVERRIDE_DIST_PATH) {
    return { available: false, reason: 'the Electron runtime was never downloaded (node_modules/electron has no path.txt)' };
  }
  const executable = join(distDir, relative || 'electron');
  if (!existsSync(executable)) return { available: false, reason: `the Electron runtime is missing (${executable} not found)` };
  return { available: true, executable };
}

/** Where the `electron` package is installed, or undefined. */
export function electronPackageDir(fromUrl: string = import.meta.url): string | undefined {
  try {
    return dirname(createRequire(fromUrl).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
}
