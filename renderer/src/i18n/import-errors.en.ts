/**
 * English sentences for the problems of an imported file (core/journey's IMPORT_ERROR_CODES),
 * said by renderer/src/screens/journeys/import-error-text.ts. Typed by code: a code without
 * its sentence here or in French does not compile.
 */
import type { FoundKind, ImportedFileKind, ImportErrorCode } from '../../../core/journey/import-error-codes';

export type ImportErrorMessages = {
  codes: Record<ImportErrorCode, string> & Partial<Record<`${ImportErrorCode}_one`, string>>;
  /** What was found, after the sentence: `, got "weeks"`. */
  gotSuffix: string;
  found: Record<FoundKind, string>;
  /** zod's type names (`expected` of a wrong type); a type not listed is shown as zod names it. */
  types: Record<'string' | 'number' | 'int' | 'boolean' | 'object' | 'array' | 'null' | 'record' | 'literal', string>;
  formats: { regex: string };
  what: Record<ImportedFileKind, string>;
  kinds: Record<'node' | 'edge' | 'channel', string>;
  place: { line: string; field: string; sentence: string };
};

export const importErrorsEn: ImportErrorMessages = {
  codes: {
    'file/not-text': 'expected the text of {{what}}',
    'file/wrong-shape': 'expected {{what}}',
    'json/empty-file': 'the file is empty',
    'json/unexpected-end': 'unexpected end of file: a "}", a "]" or a value is missing before the end',
    'json/unclosed-string': 'the text that starts at line {{line}}, column {{column}} is never closed by a double quote',
    'json/expected-key': 'expected a property name in double quotes, found "{{found}}"',
    'json/expected-colon': 'expected ":" after the property name, found "{{found}}"',
    'json/expected-comma': 'expected "," or "{{close}}", found "{{found}}"',
    'json/expected-value': 'expected a value, found "{{found}}"',
    'json/trailing-comma': 'one comma too many before "{{found}}": remove it',
    'json/after-end': 'unexpected "{{found}}" after the end of the JSON value',
    'json/control-character': 'line break or control character inside a text (write it as \\n)',
    'json/bad-unicode-escape': 'invalid \\u escape in a text',
    'json/bad-escape': 'invalid escape {{escape}} in a text',
    'json/bad-number': 'invalid number',
    'json/invalid': 'not valid JSON',
    'journey/not-a-journey-file': 'this is not a journey file (a journey file has "format": "{{format}}")',
    'journey/wrong-format': 'this is not a journey file: its "format" must be "{{format}}"',
    'journey/version-missing': 'missing: the format version, a whole number such as {{current}}',
    'journey/version-invalid': 'expected a whole number such as {{current}}',
    'journey/version-newer': 'this file was written by a newer version (format {{version}}); this app reads up to format {{current}}: update the app',
    'journey/duplicate-id': 'duplicate {{kind}} id {{id}}, already used at {{first}}',
    'journey/duplicate-template': 'duplicate template {{name}} ({{language}}), already used at {{first}}',
    'journey/more-errors': 'and {{count}} more errors',
    'journey/more-errors_one': 'and {{count}} more error',
    'schema/missing': 'missing ({{detail}})',
    'schema/wrong-type': 'expected {{expected}}',
    'schema/not-allowed': 'expected {{allowed}}',
    'schema/too-short': 'expected at least {{count}} characters',
    'schema/too-short_one': 'expected at least {{count}} character',
    'schema/too-long': 'expected at most {{count}} characters',
    'schema/too-long_one': 'expected at most {{count}} character',
    'schema/too-few-items': 'expected at least {{count}} items',
    'schema/too-few-items_one': 'expected at least {{count}} item',
    'schema/too-many-items': 'expected at most {{count}} items',
    'schema/too-many-items_one': 'expected at most {{count}} item',
    'schema/number-too-small': 'expected a number of at least {{limit}}',
    'schema/number-not-above': 'expected a number greater than {{limit}}',
    'schema/number-too-big': 'expected a number of at most {{limit}}',
    'schema/number-not-below': 'expected a number less than {{limit}}',
    'schema/no-matching-form': 'does not match any of the allowed forms',
    'schema/bad-format': 'expected {{format}}',
    'schema/unknown-keys': 'unknown fields {{keys}}',
    'schema/unknown-keys_one': 'unknown field {{keys}}',
    'schema/not-multiple': 'expected a multiple of {{divisor}}',
    'schema/invalid-key': 'a key is not valid',
    'schema/invalid-element': 'an element is not valid',
    'schema/rejected': 'not accepted: {{message}}',
  },
  gotSuffix: '{{sentence}}, got {{found}}',
  found: {
    text: '{{found}}',
    'empty-text': 'an empty text',
    number: 'the number {{found}}',
    boolean: '{{found}}',
    null: 'null',
    array: 'a list',
    object: 'an object',
    other: '{{found}}',
    missing: 'nothing',
  },
  types: {
    string: 'a text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'an object',
    array: 'a list',
    null: 'null',
    record: 'an object',
    literal: 'a fixed value',
  },
  formats: { regex: 'a value in the documented format' },
  what: {
    journey: 'a journey file',
    templates: 'a JSON list of templates or a journey file',
    channels: 'a channel, a JSON list of channels or a journey file',
  },
  kinds: { node: 'step', edge: 'link', channel: 'channel' },
  place: {
    line: 'line {{line}}, column {{column}}',
    field: 'field {{path}}',
    sentence: '{{place}}: {{message}}',
  },
};
