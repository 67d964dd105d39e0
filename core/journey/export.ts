/**
 * Writing a journey file. The output is canonical: the same journey gives the same bytes
 * whatever order its keys were built in, so files diff cleanly in version control and an
 * agency can see what a client changed.
 */
import type { JourneyFile } from './journey-file';

/**
 * Keys in the order the spec shows them; keys not listed follow in code-unit order. One list
 * serves every object because these names never meet in conflicting orders within one object.
 */
const KEY_ORDER = [
  'format', 'version', 'journey', 'templates', 'channels',
  'id', 'name', 'template', 'displayName', 'language', 'category', 'status', 'businessUnit', 'phoneNumber',
  'type', 'kind', 'mode', 'source', 'sourceHandle', 'target', 'event', 'keyword', 'fromAd',
  'channel', 'timezone', 'quietHours', 'start', 'end', 'position', 'x', 'y', 'data', 'nodes', 'edges',
  'phoneNumberId', 'wabaId', 'graphBaseUrl', 'messagingLimit', 'quality', 'throughputMps',
  'components', 'header', 'body', 'footer', 'buttons', 'examples',
  'parameters', 'message', 'text', 'media', 'url', 'caption',
  'duration', 'at', 'time', 'amount', 'unit', 'timeout', 'match', 'keywords',
  'metric', 'button', 'branches', 'label', 'when', 'percent', 'attribute', 'op', 'value', 'set', 'consent',
];
const RANK = new Map(KEY_ORDER.map((key, index) => [key, index]));

/**
 * The text of a journey file: canonical key order, 2-space indentation, a trailing newline.
 * Pure; the file is not modified.
 */
export function exportJourneyFile(file: JourneyFile): string {
  return `${JSON.stringify(file, orderKeys, 2)}\n`;
}

/** `value` as one-line JSON in the same canonical key order: equal values give equal text whatever order their keys were built in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, orderKeys);
}

/**
 * JSON.stringify replacer that returns each plain object with its keys reordered. Working
 * through the replacer, rather than a recursive copy of our own, leaves the walk to the engine.
 */
function orderKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value).sort(compareKeys);
  // Object.fromEntries defines properties, so a "__proto__" key stays a plain key, never a prototype.
  return Object.fromEntries(keys.map((key) => [key, (value as Record<string, unknown>)[key]]));
}

function compareKeys(a: string, b: string): number {
  const ra = RANK.get(a);
  const rb = RANK.get(b);
  if (ra !== undefined && rb !== undefined) return ra - rb;
  if (ra !== undefined) return -1;
  if (rb !== undefined) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
