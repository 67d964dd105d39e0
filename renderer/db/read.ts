/**
 * Reads are validated: IndexedDB holds whatever an older build, a restored backup or a
 * hand-edited profile put there, and the rest of the app trusts the types it is given.
 */
import type { z } from 'zod';

/** A stored row that does not match its schema: the workspace data is damaged. */
export class WorkspaceDataError extends Error {
  override name = 'WorkspaceDataError';
  constructor(
    readonly table: string,
    readonly key: unknown,
    readonly issues: string,
  ) {
    super(`The workspace has a damaged ${table} record (${JSON.stringify(key)}): ${issues}`);
  }
}

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`)
    .join('; ');
}

/** One row, which must be valid: a damaged row is an error the caller shows. */
export function readRow<S extends z.ZodType>(schema: S, table: string, key: unknown, row: unknown): z.infer<S> {
  const parsed = schema.safeParse(row);
  if (!parsed.success) throw new WorkspaceDataError(table, key, describe(parsed.error));
  return parsed.data;
}

/**
 * Rows of a list: a damaged one is left out (and logged) so that one bad record does not hide
 * every good one from the screen that lists them.
 */
export function readRows<S extends z.ZodType>(schema: S, table: string, rows: readonly unknown[]): z.infer<S>[] {
  const out: z.infer<S>[] = [];
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) out.push(parsed.data);
    else console.warn(new WorkspaceDataError(table, undefined, describe(parsed.error)).message);
  }
  return out;
}
