import { UsageError } from './usage-error';

/** Errors whose message alone is the whole story for the user (one line, exit 2). */
const expectedErrorNames = new Set(['UsageError', 'WebHostStartError', 'BuildFailedError']);

/**
 * Runs a CLI entry and turns its outcome into an exit code: expected failures become one
 * line on stderr and exit 2; a bug prints one line too (with the stack only when
 * WAJOURNEY_DEBUG is set) and exits 70, the conventional "internal software error".
 */
export async function runMain(program: string, body: () => Promise<number | void>): Promise<void> {
  try {
    const code = await body();
    if (typeof code === 'number') process.exitCode = code;
  } catch (error) {
    if (error instanceof Error && expectedErrorNames.has(error.name)) {
      console.error(`${program}: ${error.message}`);
      process.exitCode = error instanceof UsageError ? error.exitCode : 2;
      return;
    }
    console.error(`${program}: internal error: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.WAJOURNEY_DEBUG) console.error(error);
    process.exitCode = 70;
  }
}
