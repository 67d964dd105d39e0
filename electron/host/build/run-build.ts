import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { projectRoot } from '../paths';

/** The failure start-cli and web-cli print as their one line. */
export class BuildFailedError extends Error {
  override name = 'BuildFailedError';
}

/**
 * Runs `electron-vite build` (the same build as `npm run build`) with its output shown, so a
 * first `npm start` or `npm run web` works from a fresh clone without a separate step.
 */
export function runBuild(log: (line: string) => void = console.log): Promise<void> {
  const require = createRequire(import.meta.url);
  const bin = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  log('Building the app (electron-vite build)…');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'build'], { cwd: projectRoot, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (error) => reject(new BuildFailedError(`the build could not start: ${error.message}`)));
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new BuildFailedError(`the build failed (${signal ?? `exit code ${code}`}); run npm run build to see why`));
    });
  });
}
