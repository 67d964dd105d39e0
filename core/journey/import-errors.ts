/**
 * Import errors: where in the file (`journey.nodes[3].data.duration.unit`) and what is wrong,
 * in words a marketer can act on. Files may be huge or hostile, so every message and path is
 * clipped and a list of errors is bounded: an error report is never bigger than a screen.
 */
import type { FoundKind, ImportErrorCode, ImportErrorValues } from './import-error-codes';

export * from './import-error-codes';

/**
 * One problem in an imported file. `path` is empty for the file as a whole; `message` is the
 * English wording (the command line's); `code` and `values` let an interface say it in its own
 * language. `line` and `column` are set for syntax errors, and for other errors when the file
 * was imported from text and the path could be found in it.
 */
export type ImportError = {
  path: string;
  message: string;
  code: ImportErrorCode;
  values?: ImportErrorValues;
  line?: number;
  column?: number;
};

/** How many errors a result carries before the rest are summed up as "and N more". */
export const MAX_IMPORT_ERRORS = 50;
const MAX_MESSAGE = 300;
const MAX_PATH = 200;
const MAX_QUOTED = 40;

/** `path: message`, or just the message for the file as a whole: how errors are shown. */
export function formatImportError(error: Pick<ImportError, 'path' | 'message'>): string {
  return error.path ? `${error.path}: ${error.message}` : error.message;
}

/** `journey.nodes[3].data`: array indices in brackets, odd keys quoted. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    out = appendSegment(out, segment);
    if (out.length > MAX_PATH) return clip(out, MAX_PATH);
  }
  return out;
}

/** A formatted path one segment longer: `journey` + `nodes` is `journey.nodes`, + 3 is `journey.nodes[3]`. */
export function appendSegment(path: string, segment: PropertyKey): string {
  if (typeof segment === 'number') return `${path}[${segment}]`;
  if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) return path ? `${path}.${segment}` : segment;
  return `${path}[${quote(String(segment))}]`;
}

/** A string cut to `max` characters with an ellipsis, so no message ever echoes a huge value. */
export function clip(text: string, max = MAX_MESSAGE): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A JSON-quoted, clipped string: `"weeks"`. */
export function quote(text: string): string {
  return JSON.stringify(clip(text, MAX_QUOTED));
}

/** A value found in a file, for a message in any language: its kind and its shown text. */
export function foundValue(value: unknown): { foundKind: FoundKind; found: string } {
  if (value === null) return { foundKind: 'null', found: 'null' };
  if (Array.isArray(value)) return { foundKind: 'array', found: '' };
  switch (typeof value) {
    case 'string':
      return value === '' ? { foundKind: 'empty-text', found: '' } : { foundKind: 'text', found: quote(value) };
    case 'number':
      return { foundKind: 'number', found: clip(String(value), MAX_QUOTED) };
    case 'boolean':
      return { foundKind: 'boolean', found: String(value) };
    case 'object':
      return { foundKind: 'object', found: '' };
    default:
      return { foundKind: 'other', found: typeof value };
  }
}

/** What a JSON value is, for "got ..." messages: `"weeks"`, `a number (3)`, `null`, `an array`. */
export function describeValue(value: unknown): string {
  const { foundKind, found } = foundValue(value);
  switch (foundKind) {
    case 'empty-text':
      return 'an empty string';
    case 'number':
      return `the number ${found}`;
    case 'array':
      return 'an array';
    case 'object':
      return 'an object';
    default:
      // text (quoted), true or false, null, or the type of anything else: shown as found.
      return found;
  }
}

/** Keeps the first {@link MAX_IMPORT_ERRORS} errors and sums up the rest in one last entry. */
export function boundErrors(errors: readonly ImportError[], total = errors.length): ImportError[] {
  const kept = errors.slice(0, MAX_IMPORT_ERRORS);
  const more = total - kept.length;
  if (more > 0) kept.push(importError('', `and ${more} more errors`, 'journey/more-errors', { count: more }));
  return kept;
}

/** Clips path and message of an error so it stays readable whatever the input. */
export function importError(path: string, message: string, code: ImportErrorCode, values?: ImportErrorValues): ImportError {
  const error: ImportError = { path: clip(path, MAX_PATH), message: clip(message), code };
  if (values) error.values = values;
  return error;
}

/** The value at `path` inside `root`, or `found: false` when the path leads nowhere. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || typeof segment === 'symbol') return { found: false, value: undefined };
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return { found: false, value: undefined };
    current = (current as Record<string | number, unknown>)[segment];
  }
  return { found: true, value: current };
}

/** A JSON syntax error as an import error: its place is its line and column. */
export function syntaxError(fault: { line: number; column: number; message: string; code: ImportErrorCode; values?: ImportErrorValues }): ImportError {
  const { line, column } = fault;
  return { ...importError(`line ${line}, column ${column}`, fault.message, fault.code, fault.values), line, column };
}
