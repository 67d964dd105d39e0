import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Only the user may read or write: the file may hold secrets. */
export const PRIVATE_FILE_MODE = 0o600;
const PRIVATE_DIR_MODE = 0o700;

/**
 * A JSON object on disk that only its owner can read, replaced atomically so a crash mid-write
 * leaves the previous version rather than a truncated file, and written one update at a time
 * so two concurrent `update`s cannot lose each other's change.
 */
export class PrivateJsonFile<T extends object> {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly path: string,
    private readonly empty: () => T,
    private readonly parse: (raw: unknown) => T,
  ) {}

  async read(): Promise<T> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return this.empty();
      throw error;
    }
    return this.parse(JSON.parse(text));
  }

  /** Applies `change` to the current content and persists the result; answers `change`'s value. */
  update<R>(change: (current: T) => { next: T; result: R }): Promise<R> {
    const run = this.queue.then(async () => {
      const { next, result } = change(await this.read());
      await this.write(next);
      return result;
    });
    // A failed update must not block the ones queued after it.
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async write(value: T): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true, mode: PRIVATE_DIR_MODE });
    const temp = `${this.path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temp, `${JSON.stringify(value, null, 2)}\n`, { mode: PRIVATE_FILE_MODE, flag: 'wx' });
      // The mode given to writeFile is filtered by the umask; chmod states it exactly.
      await chmod(temp, PRIVATE_FILE_MODE);
      await rename(temp, this.path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }
}
