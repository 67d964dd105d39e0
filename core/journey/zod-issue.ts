/**
 * Schema problems as import errors. Every kind of zod issue gets a code and the values its
 * sentence needs (allowed values, limits, what was found), so a language other than English
 * can say any schema problem, including ones whose English wording a schema sets itself
 * (`expected minutes, hours or days`): the code and values come from the issue, not the words.
 */
import type { z } from 'zod';
import type { ImportErrorCode, ImportErrorValues } from './import-error-codes';
import type { ImportError } from './import-errors';
import { describeValue, formatPath, foundValue, importError, quote, valueAt } from './import-errors';

/**
 * Per-parse zod error map: wording for zod's default messages. Schema-level messages (the
 * `expected minutes, hours or days` kind) take precedence over it and are kept as written.
 */
export const importErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${article(issue.expected)}`;
    case 'invalid_value':
      return `expected ${issue.values.map(showAllowed).join(' or ')}`;
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
  const coded = issueCode(issue);
  if (!found || value === undefined) {
    return importError(path, `missing (${issue.message})`, 'schema/missing', { detail: coded.code, ...coded.values });
  }
  const showsValue =
    issue.code === 'invalid_type' ||
    issue.code === 'invalid_value' ||
    issue.code === 'invalid_format' ||
    (issue.code === 'invalid_union' && issue.path.length > 0 && typeof value !== 'object');
  const values = showsValue ? { ...coded.values, ...foundValue(value) } : coded.values;
  return importError(path, showsValue ? `${issue.message}, got ${describeValue(value)}` : issue.message, coded.code, values);
}

type Coded = { code: ImportErrorCode; values: ImportErrorValues };

/** The code and values of an issue, whatever the kind of issue. */
export function issueCode(issue: z.core.$ZodIssue): Coded {
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'schema/wrong-type', values: { expected: issue.expected } };
    case 'invalid_value':
      return { code: 'schema/not-allowed', values: { allowed: issue.values.map(showAllowed) } };
    case 'too_small':
      return sizeCode(issue.origin, issue.minimum, issue.inclusive, ['schema/too-short', 'schema/too-few-items', 'schema/number-too-small', 'schema/number-not-above']);
    case 'too_big':
      return sizeCode(issue.origin, issue.maximum, issue.inclusive, ['schema/too-long', 'schema/too-many-items', 'schema/number-too-big', 'schema/number-not-below']);
    case 'invalid_union': {
      // A discriminated union names its field's allowed values: said like an enum's.
      const options = (issue as { options?: unknown[] }).options;
      return Array.isArray(options) && options.length > 0
        ? { code: 'schema/not-allowed', values: { allowed: options.map(showAllowed) } }
        : { code: 'schema/no-matching-form', values: {} };
    }
    case 'invalid_format':
      return { code: 'schema/bad-format', values: { format: issue.format } };
    case 'unrecognized_keys':
      return { code: 'schema/unknown-keys', values: { keys: issue.keys.map((key) => quote(key)) } };
    case 'not_multiple_of':
      return { code: 'schema/not-multiple', values: { divisor: String(issue.divisor) } };
    case 'invalid_key':
      return { code: 'schema/invalid-key', values: {} };
    case 'invalid_element':
      return { code: 'schema/invalid-element', values: {} };
    default:
      return { code: 'schema/rejected', values: { message: issue.message } };
  }
}

function showAllowed(value: unknown): string {
  return typeof value === 'string' ? quote(value) : String(value);
}

type SizeCodes = [text: ImportErrorCode, list: ImportErrorCode, atLeast: ImportErrorCode, strictly: ImportErrorCode];

function sizeCode(origin: string, limit: number | bigint, inclusive: boolean | undefined, codes: SizeCodes): Coded {
  const values = { limit: Number(limit) };
  if (origin === 'string') return { code: codes[0], values };
  if (origin === 'array' || origin === 'set') return { code: codes[1], values };
  return { code: inclusive === false ? codes[3] : codes[2], values };
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
