/**
 * Import errors: where in the file (`journey.nodes[3].data.duration.unit`) and what is wrong,
 * in words a marketer can act on. Files may be huge or hostile, so every message and path is
 * clipped and a list of errors is bounded: an error report is never bigger than a screen.
 */
import type { z } from 'zod';

/** One problem in an imported file. `path` is empty for the file as a whole. */
export type ImportError = { path: string; message: string; line?: number; column?: number };

/** How many errors a result carries before the rest are summed up as "and N more". */
export const MAX_IMPORT_ERRORS = 50;
const MAX_MESSAGE = 300;
const MAX_PATH = 200;
const MAX_QUOTED = 40;

/** `path: message`, or just the message for the file as a whole: how errors are shown. */
export function formatImportError(error: ImportError): string {
  return error.path ? `${error.path}: ${error.message}` : error.message;
}

/** `journey.nodes[3].data`: array indices in brackets, odd keys quoted. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${quote(String(segment))}]`;
    if (out.length > MAX_PATH) return clip(out, MAX_PATH);
  }
  return out;
}

/** A string cut to `max` characters with an ellipsis, so no message ever echoes a huge value. */
export function clip(text: string, max = MAX_MESSAGE): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A JSON-quoted, clipped string: `"weeks"`. */
export function quote(text: string): string {
  return JSON.stringify(clip(text, MAX_QUOTED));
}

/** What a JSON value is, for "got ..." messages: `"weeks"`, `a number (3)`, `null`, `an array`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return value === '' ? 'an empty string' : quote(value);
    case 'number':
      return `the number ${clip(String(value), MAX_QUOTED)}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** Keeps the first {@link MAX_IMPORT_ERRORS} errors and sums up the rest in one last entry. */
export function boundErrors(errors: readonly ImportError[], total = errors.length): ImportError[] {
  const kept = errors.slice(0, MAX_IMPORT_ERRORS);
  if (total > kept.length) kept.push({ path: '', message: `and ${total - kept.length} more errors` });
  return kept;
}

/** Clips path and message of an error so it stays readable whatever the input. */
export function importError(path: string, message: string): ImportError {
  return { path: clip(path, MAX_PATH), message: clip(message) };
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

/**
 * Per-parse zod error map: wording for zod's default messages. Schema-level messages (the
 * `expected minutes, hours or days` kind) take precedence over it and are kept as written.
 */
export const importErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${article(issue.expected)}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => (typeof v === 'string' ? quote(v) : String(v))).join(' or ')}`;
    case 'too_small':
      return bound('at least', issue.origin, issue.minimum, issue.inclusive, 'greater than');
    case 'too_big':
      return bound('at most', issue.origin, issue.maximum, issue.inclusive, 'less than');
    case 'invalid_union':
      return 'does not match any of the allowed forms';
    case 'invalid_format':
      return `expected ${issue.format === 'regex' ? 'a value in the documented format' : issue.format}`;
    default:
      return undefined;
  }
};

/** Turns a zod issue into an import error, adding what was found in the file. */
export function issueToImportError(issue: z.core.$ZodIssue, root: unknown): ImportError {
  const path = formatPath(issue.path);
  const { found, value } = valueAt(root, issue.path);
  if (!found || value === undefined) return importError(path, `missing (${issue.message})`);
  const showsValue =
    issue.code === 'invalid_type' ||
    issue.code === 'invalid_value' ||
    issue.code === 'invalid_format' ||
    (issue.code === 'invalid_union' && issue.path.length > 0 && typeof value !== 'object');
  return importError(path, showsValue ? `${issue.message}, got ${describeValue(value)}` : issue.message);
}

function article(expected: string): string {
  const nouns: Record<string, string> = {
    string: 'a string', number: 'a number', int: 'a whole number', boolean: 'true or false', object: 'an object',
    array: 'an array', null: 'null', record: 'an object', literal: 'a fixed value',
  };
  return nouns[expected] ?? expected;
}

function bound(word: string, origin: string, limit: number | bigint, inclusive: boolean | undefined, strict: string): string {
  const n = String(limit);
  if (origin === 'string') return `expected ${word} ${n} character${n === '1' ? '' : 's'}`;
  if (origin === 'array') return `expected ${word} ${n} item${n === '1' ? '' : 's'}`;
  return inclusive === false ? `expected a number ${strict} ${n}` : `expected a number ${word} ${n}`;
}
