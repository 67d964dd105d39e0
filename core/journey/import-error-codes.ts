/**
 * Stable codes for the problems of an imported file. core words each problem in English for
 * the command line; an interface says it again in its own language from the code and its
 * values, never by reading the English. A code is a public name: add codes, never rename one.
 */

export const IMPORT_ERROR_CODES = [
  // The input as a whole.
  'file/not-text',
  'file/wrong-shape',
  // JSON syntax (line and column are set).
  'json/empty-file',
  'json/unexpected-end',
  'json/unclosed-string',
  'json/expected-key',
  'json/expected-colon',
  'json/expected-comma',
  'json/expected-value',
  'json/trailing-comma',
  'json/after-end',
  'json/control-character',
  'json/bad-unicode-escape',
  'json/bad-escape',
  'json/bad-number',
  'json/invalid',
  // Journey file format and version.
  'journey/not-a-journey-file',
  'journey/wrong-format',
  'journey/version-missing',
  'journey/version-invalid',
  'journey/version-newer',
  'journey/duplicate-id',
  'journey/duplicate-template',
  'journey/more-errors',
  // Schema checks, one per kind of zod issue (see zod-issue.ts).
  'schema/missing',
  'schema/wrong-type',
  'schema/not-allowed',
  'schema/too-short',
  'schema/too-long',
  'schema/too-few-items',
  'schema/too-many-items',
  'schema/number-too-small',
  'schema/number-not-above',
  'schema/number-too-big',
  'schema/number-not-below',
  'schema/no-matching-form',
  'schema/bad-format',
  'schema/unknown-keys',
  'schema/not-multiple',
  'schema/invalid-key',
  'schema/invalid-element',
  'schema/rejected',
] as const;

export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/**
 * What a message needs besides its code: numbers, names and short quoted values from the
 * file, and lists (allowed values, unknown keys) that a language joins with its own "or".
 */
export type ImportErrorValues = Record<string, string | number | readonly string[]>;

/** Which kind of value was found, so a language can say "the number 3" or "le nombre 3". */
export type FoundKind = 'text' | 'empty-text' | 'number' | 'boolean' | 'null' | 'array' | 'object' | 'other' | 'missing';

export const FOUND_KINDS: readonly FoundKind[] = ['text', 'empty-text', 'number', 'boolean', 'null', 'array', 'object', 'other', 'missing'];

/** The kinds of file a `file/*` error is about. */
export type ImportedFileKind = 'journey' | 'templates' | 'channels';

export const IMPORTED_FILE_KINDS: readonly ImportedFileKind[] = ['journey', 'templates', 'channels'];
