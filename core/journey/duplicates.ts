/**
 * Duplicate identifiers: every field may be well-formed and the file still unusable, because
 * an edge naming node "n2" cannot say which of two "n2" it means. These checks read the raw
 * JSON (not the parsed file) so they are reported together with schema errors.
 */
import type { ImportError, ImportErrorCode, ImportErrorValues } from './import-errors';
import { formatPath, importError, quote } from './import-errors';
import type { JsonObject } from './migrations';
import { isJsonObject } from './migrations';

type Identity = { key: string; label: string; field: string; code: ImportErrorCode; values: ImportErrorValues };
type KeyOf = (item: JsonObject) => Identity | undefined;

const byId =
  (noun: 'node' | 'edge' | 'channel'): KeyOf =>
  (item) =>
    typeof item.id === 'string'
      ? { key: item.id, label: `${noun} id ${quote(item.id)}`, field: 'id', code: 'journey/duplicate-id', values: { kind: noun, id: quote(item.id) } }
      : undefined;

/** Templates are identified by name and language together. */
export const templateIdentity: KeyOf = (item) =>
  typeof item.name === 'string' && typeof item.language === 'string'
    ? {
        key: `${item.name}\u0000${item.language}`,
        label: `template ${quote(item.name)} (${quote(item.language)})`,
        field: 'name',
        code: 'journey/duplicate-template',
        values: { name: quote(item.name), language: quote(item.language) },
      }
    : undefined;

export const channelIdentity = byId('channel');

/**
 * One error per later occurrence of an identity already used in `items`; its path is the
 * second occurrence's (`journey.nodes[5].id`) and the message names the first.
 */
export function duplicatesIn(items: unknown, basePath: readonly PropertyKey[], identity: KeyOf): ImportError[] {
  if (!Array.isArray(items)) return [];
  const firstIndex = new Map<string, number>();
  const errors: ImportError[] = [];
  items.forEach((item, index) => {
    if (!isJsonObject(item)) return;
    const id = identity(item);
    if (!id) return;
    const first = firstIndex.get(id.key);
    if (first === undefined) firstIndex.set(id.key, index);
    else {
      const firstPath = formatPath([...basePath, first]);
      errors.push(importError(formatPath([...basePath, index, id.field]), `duplicate ${id.label}, already used at ${firstPath}`, id.code, { ...id.values, first: firstPath }));
    }
  });
  return errors;
}

/** Duplicate node ids, edge ids, templates (name and language) and channel ids of a journey file. */
export function duplicateErrors(file: JsonObject): ImportError[] {
  const journey = isJsonObject(file.journey) ? file.journey : {};
  return [
    ...duplicatesIn(journey.nodes, ['journey', 'nodes'], byId('node')),
    ...duplicatesIn(journey.edges, ['journey', 'edges'], byId('edge')),
    ...duplicatesIn(file.templates, ['templates'], templateIdentity),
    ...duplicatesIn(file.channels, ['channels'], channelIdentity),
  ];
}
