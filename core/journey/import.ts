/**
 * Opening a `*.journey.json` file: JSON syntax, format and version, migration of older
 * versions, the schema, then the checks that make a file unusable even when every field is
 * well-formed (duplicate ids). Returns every problem as data with a path; never throws.
 */
import { duplicateErrors } from './duplicates';
import type { ImportError, ImportErrorCode, ImportErrorValues } from './import-errors';
import { boundErrors, describeValue, foundValue, importError, MAX_IMPORT_ERRORS, syntaxError } from './import-errors';
import { CURRENT_FORMAT_VERSION, JourneyFile } from './journey-file';
import { placeErrors } from './json-locate';
import { parseJsonText } from './json-text';
import type { JsonObject } from './migrations';
import { isJsonObject, migrateJourneyFile } from './migrations';
import { importErrorMap, issueToImportError } from './zod-issue';

export type { ImportError } from './import-errors';

/** The outcome of an import: the file (migrated to the current version) or its problems. */
export type ImportResult =
  | { ok: true; file: JourneyFile; migratedFrom?: number }
  | { ok: false; errors: ImportError[] };

/** The `format` value every journey file carries. */
export const JOURNEY_FORMAT = 'wa-journey';

/**
 * Parses and checks the text of a journey file. Syntax errors name their line and column
 * (`line 12, column 5: unexpected end of file`); other errors name their path
 * (`journey.nodes[3].data.duration.unit: expected minutes, hours or days`). At most
 * {@link MAX_IMPORT_ERRORS} errors are listed, the rest counted in a last entry.
 */
export function importJourneyFile(text: string): ImportResult {
  if (typeof text !== 'string') {
    return fail([importError('', `expected the text of a journey file, got ${describeValue(text)}`, 'file/not-text', { what: 'journey' })]);
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) return fail([syntaxError(parsed)]);
  return parseJourneyFileText(text, parsed.value);
}

/** {@link parseJourneyFileValue} of `value`, the JSON of `text`, with its errors placed at their line and column in `text`. */
export function parseJourneyFileText(text: string, value: unknown): ImportResult {
  const result = parseJourneyFileValue(value);
  // Paths of a migrated file name the migrated shape, not places in this text.
  return result.ok || migrates(value) ? result : fail(placeErrors(text, result.errors));
}

/** Like {@link importJourneyFile}, for JSON that is already parsed (from IPC, IndexedDB or a test). */
export function parseJourneyFileValue(value: unknown): ImportResult {
  if (!isJsonObject(value)) {
    const message = `expected a journey file (a JSON object with "format": "${JOURNEY_FORMAT}"), got ${describeValue(value)}`;
    return fail([importError('', message, 'file/wrong-shape', { what: 'journey', ...foundValue(value) })]);
  }
  const version = readVersion(value);
  if (!version.ok) return fail(version.errors);

  const migrated = version.version < CURRENT_FORMAT_VERSION
    ? migrateJourneyFile(value, version.version, CURRENT_FORMAT_VERSION)
    : value;
  const parsed = JourneyFile.safeParse(migrated, { error: importErrorMap });
  const duplicates = duplicateErrors(migrated);
  if (parsed.success && duplicates.length === 0) {
    return version.version < CURRENT_FORMAT_VERSION
      ? { ok: true, file: parsed.data, migratedFrom: version.version }
      : { ok: true, file: parsed.data };
  }
  const issues = parsed.success ? [] : parsed.error.issues;
  // Only the errors shown are worded: a broken file of a million nodes costs no more than one of fifty.
  const shown = issues.slice(0, MAX_IMPORT_ERRORS).map((issue) => issueToImportError(issue, migrated));
  return fail(boundErrors([...shown, ...duplicates.slice(0, MAX_IMPORT_ERRORS)], issues.length + duplicates.length));
}

type VersionRead = { ok: true; version: number } | { ok: false; errors: ImportError[] };

/**
 * Which version of the format a file is. Format 0 files (see migrations/v0-to-v1) had neither
 * `format` nor `version` but did have a `journey` object.
 */
function readVersion(file: JsonObject): VersionRead {
  const hasFormat = Object.prototype.hasOwnProperty.call(file, 'format');
  const hasVersion = Object.prototype.hasOwnProperty.call(file, 'version');
  if (!hasFormat && !hasVersion) {
    if (isJsonObject(file.journey)) return { ok: true, version: 0 };
    return versionError('format', `missing: this is not a journey file (a journey file has "format": "${JOURNEY_FORMAT}")`, 'journey/not-a-journey-file', { format: JOURNEY_FORMAT });
  }
  if (file.format !== JOURNEY_FORMAT) {
    const got = hasFormat ? `got ${describeValue(file.format)}` : 'missing';
    const found = hasFormat ? foundValue(file.format) : { foundKind: 'missing' as const, found: '' };
    return versionError('format', `expected "${JOURNEY_FORMAT}", ${got}: this is not a journey file`, 'journey/wrong-format', { format: JOURNEY_FORMAT, ...found });
  }
  const version = file.version;
  const current = { current: CURRENT_FORMAT_VERSION };
  if (!hasVersion) return versionError('version', `missing (expected the format version, a whole number such as ${CURRENT_FORMAT_VERSION})`, 'journey/version-missing', current);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return versionError('version', `expected a whole number such as ${CURRENT_FORMAT_VERSION}, got ${describeValue(version)}`, 'journey/version-invalid', { ...current, ...foundValue(version) });
  }
  if (version > CURRENT_FORMAT_VERSION) {
    return versionError(
      'version',
      `this file was written by a newer version (format ${version}); this app reads up to format ${CURRENT_FORMAT_VERSION}: update the app`,
      'journey/version-newer',
      { ...current, version },
    );
  }
  return { ok: true, version };
}

function versionError(path: string, ...words: [message: string, code: ImportErrorCode, values: ImportErrorValues]): VersionRead {
  return { ok: false, errors: [importError(path, ...words)] };
}

/** Whether a file's value is of an older format, migrated before its checks. */
function migrates(value: unknown): boolean {
  if (!isJsonObject(value)) return false;
  if (typeof value.version === 'number') return value.version < CURRENT_FORMAT_VERSION;
  return !('format' in value) && !('version' in value);
}

function fail(errors: ImportError[]): ImportResult {
  return { ok: false, errors };
}
