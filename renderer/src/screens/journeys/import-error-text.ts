/**
 * An import error in the interface's language, from its code and values (core/journey words
 * it in English only, for the command line). The place comes first and is always kept: the
 * file's name, line and column when known, and the field's path.
 */
import type { TFunction } from 'i18next';
import type { ImportError, ImportErrorCode, ImportErrorValues } from '../../../../core/journey/import-errors';

type T = TFunction<'importErrors'>;

/** `welcome.journey.json, line 27, column 17, field journey.nodes[1].type: expected …, got "bogus"`. */
export function importErrorText(error: ImportError, fileName: string, t: T, language: string): string {
  return t('place.sentence', { place: importErrorPlace(error, fileName, t), message: importErrorMessage(error, t, language) });
}

/** Where the problem is: file, line and column, field. */
export function importErrorPlace(error: ImportError, fileName: string, t: T): string {
  const parts = [fileName];
  if (error.line !== undefined && error.column !== undefined) parts.push(t('place.line', { line: error.line, column: error.column }));
  // A syntax error's path is its line and column in English: said above in the interface's language.
  if (error.path && !error.code.startsWith('json/')) parts.push(t('place.field', { path: error.path }));
  return parts.join(', ');
}

/** What is wrong, without the place. */
export function importErrorMessage(error: ImportError, t: T, language: string): string {
  return sentence(error.code, error.values ?? {}, t, language);
}

function sentence(code: ImportErrorCode, values: ImportErrorValues, t: T, language: string): string {
  const words: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) words[name] = typeof value === 'object' ? list(value, name === 'keys' ? 'conjunction' : 'disjunction', language) : value;
  if (typeof values.expected === 'string') words.expected = t(`types.${values.expected}` as 'types.string', { defaultValue: values.expected });
  if (typeof values.what === 'string') words.what = t(`what.${values.what}` as 'what.journey', { defaultValue: values.what });
  if (typeof values.kind === 'string') words.kind = t(`kinds.${values.kind}` as 'kinds.node', { defaultValue: values.kind });
  if (typeof values.format === 'string' && code === 'schema/bad-format') words.format = t(`formats.${values.format}` as 'formats.regex', { defaultValue: values.format });
  if (typeof values.limit === 'number') words.count = values.limit;
  if (Array.isArray(values.keys)) words.count = values.keys.length;
  if (code === 'journey/more-errors' && typeof values.count === 'number') words.count = values.count;
  if (code === 'schema/missing' && typeof values.detail === 'string') {
    const { detail, ...rest } = values;
    words.detail = sentence(detail as ImportErrorCode, rest, t, language);
  }
  const said = t(`codes.${code}` as 'codes.json/invalid', words);
  if (typeof values.foundKind !== 'string' || code.startsWith('json/')) return said;
  const found = t(`found.${values.foundKind}` as 'found.text', { found: words.found ?? '' });
  return t('gotSuffix', { sentence: said, found });
}

function list(items: readonly string[], type: 'conjunction' | 'disjunction', language: string): string {
  return new Intl.ListFormat(language, { type, style: 'long' }).format(items);
}
