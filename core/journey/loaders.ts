/**
 * Reading the side files the command line and the library import take: templates
 * (`--templates FILE`, `wajourney sandbox --templates`) and channels (`--channels FILE`).
 * Each accepts the natural shapes a user has at hand, including a journey file carrying them.
 */
import { z } from 'zod';
import { Template } from '../whatsapp/template';
import { Channel } from './channel';
import { channelIdentity, duplicatesIn, templateIdentity } from './duplicates';
import type { ImportError } from './import-errors';
import type { ImportedFileKind } from './import-error-codes';
import { boundErrors, describeValue, foundValue, importError, MAX_IMPORT_ERRORS, syntaxError } from './import-errors';
import { parseJourneyFileText } from './import';
import { placeErrors } from './json-locate';
import { parseJsonText } from './json-text';
import { isJsonObject } from './migrations';
import { importErrorMap, issueToImportError } from './zod-issue';

/** A side file's content, or its problems with paths such as `[2].components.body.text`. */
export type LoadResult<T> = { ok: true; value: T } | { ok: false; errors: ImportError[] };

/**
 * Templates from a JSON array of templates, or from a journey file (its `templates`, none if
 * it carries none; the journey file must import cleanly). Duplicate name and language pairs
 * are errors. Never throws.
 */
export function parseTemplatesFile(text: string): LoadResult<Template[]> {
  return loadList(text, {
    schema: Template,
    fromJourney: (file) => file.templates ?? [],
    single: undefined,
    what: 'a JSON array of templates or a journey file',
    kind: 'templates',
    identity: templateIdentity,
  });
}

/** Channels from a JSON array of channels, a single channel object, or a journey file. Never throws. */
export function parseChannelsFile(text: string): LoadResult<Channel[]> {
  return loadList(text, {
    schema: Channel,
    fromJourney: (file) => file.channels ?? [],
    single: Channel,
    what: 'a channel, a JSON array of channels or a journey file',
    kind: 'channels',
    identity: channelIdentity,
  });
}

type ListSpec<T> = {
  schema: z.ZodType<T>;
  fromJourney: (file: { templates?: Template[]; channels?: Channel[] }) => T[];
  /** Accepts a lone object of this schema too, when set. */
  single: z.ZodType<T> | undefined;
  what: string;
  kind: ImportedFileKind;
  identity: Parameters<typeof duplicatesIn>[2];
};

function loadList<T>(text: string, spec: ListSpec<T>): LoadResult<T[]> {
  if (typeof text !== 'string') return fail([importError('', `expected the text of ${spec.what}, got ${describeValue(text)}`, 'file/not-text', { what: spec.kind })]);
  const parsed = parseJsonText(text);
  if (!parsed.ok) return fail([syntaxError(parsed)]);
  const value = parsed.value;
  // A journey file is recognised by its own markers; a channel or template has neither.
  if (isJsonObject(value) && ('format' in value || 'journey' in value)) {
    const file = parseJourneyFileText(text, value);
    return file.ok ? { ok: true, value: spec.fromJourney(file.file) } : fail(file.errors);
  }
  const list = Array.isArray(value) ? validateList(value, spec, false) : isJsonObject(value) && spec.single ? validateList([value], spec, true) : undefined;
  if (list) return list.ok ? list : fail(placeErrors(text, list.errors));
  return fail([importError('', `expected ${spec.what}, got ${describeValue(value)}`, 'file/wrong-shape', { what: spec.kind, ...foundValue(value) })]);
}

function validateList<T>(items: unknown[], spec: ListSpec<T>, single: boolean): LoadResult<T[]> {
  const parsed = z.array(spec.schema).safeParse(items, { error: importErrorMap });
  const duplicates = duplicatesIn(items, [], spec.identity);
  if (parsed.success && duplicates.length === 0) return { ok: true, value: parsed.data };
  const issues = parsed.success ? [] : parsed.error.issues;
  // A lone object was wrapped in an array to share the checks: drop the [0] from its paths.
  const shown = issues.slice(0, MAX_IMPORT_ERRORS).map((issue) =>
    issueToImportError(single ? { ...issue, path: issue.path.slice(1) } : issue, single ? items[0] : items),
  );
  return fail(boundErrors([...shown, ...duplicates.slice(0, MAX_IMPORT_ERRORS)], issues.length + duplicates.length));
}

function fail<T>(errors: ImportError[]): LoadResult<T> {
  return { ok: false, errors };
}
