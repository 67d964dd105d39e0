import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Newest modification time under the given files and folders (node_modules skipped). */
export async function newestMtime(paths: readonly string[]): Promise<number> {
  let newest = 0;
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      continue; // a source folder nobody has created yet
    }
    if (info.isDirectory()) {
      const entries = await readdir(path);
      const children = entries.filter((name) => name !== 'node_modules').map((name) => join(path, name));
      newest = Math.max(newest, await newestMtime(children));
    } else {
      newest = Math.max(newest, info.mtimeMs);
    }
  }
  return newest;
}

/** Modification time of each output, undefined where it is missing. */
export async function outputMtimes(paths: readonly string[]): Promise<(number | undefined)[]> {
  return Promise.all(
    paths.map(async (path) => {
      try {
        return (await stat(path)).mtimeMs;
      } catch {
        return undefined;
      }
    }),
  );
}

/** A build is needed when an output is missing or older than the newest source. */
export function needsBuild(outputs: readonly (number | undefined)[], newestSource: number): boolean {
  return outputs.some((mtime) => mtime === undefined || mtime < newestSource);
}
