/**
 * Builds the app once before the end-to-end specs when out/renderer is missing or older than
 * its sources, so a spec never drives yesterday's renderer.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, rendererIndex } from './support/paths';

/** Everything the renderer bundle is made from. */
const rendererSources = ['renderer', 'core', 'package.json'].map((path) => join(projectRoot, path));

function newestMtime(path: string): number {
  let info;
  try {
    info = statSync(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function builtAt(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

export default function setup(): void {
  const built = builtAt(rendererIndex);
  const newest = Math.max(...rendererSources.map(newestMtime));
  if (built !== undefined && built >= newest) return;
  console.log(built === undefined ? 'e2e: no build yet, running npm run build' : 'e2e: renderer sources changed, rebuilding');
  execFileSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit' });
}
