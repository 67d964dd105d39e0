import type { JsonObject, Migration } from './types';
import { isJsonObject } from './types';

/**
 * Format 0 is what the prototype (the 0.x previews, before the format was named) wrote:
 *
 * ```json
 * { "journey": { "id": "j", "name": "…",
 *     "nodes": [ { "id": "n1", "kind": "entry", "x": 0, "y": 40, "data": { "source": "audience" } } ],
 *     "edges": [ { "id": "e1", "source": "n1", "handle": "out", "target": "n2" } ] },
 *   "templates": [ ] }
 * ```
 *
 * - no `format` and no `version` at the root;
 * - a node's type was called `kind`;
 * - a node's position was flat `x` and `y` on the node, not `position: { x, y }`;
 * - an edge's output handle was called `handle`, not `sourceHandle`.
 *
 * Everything else (node data, templates, channels) already had its version 1 shape.
 */
export const v0ToV1: Migration = {
  from: 0,
  summary: 'named the format; node kind became type, flat x/y became position, edge handle became sourceHandle',
  migrate(file) {
    // Spreading keeps keys such as "__proto__" as plain data; assigning a dynamic key would not.
    const { format: _format, version: _version, ...rest } = file;
    const out: JsonObject = { format: 'wa-journey', version: 1, ...rest };
    if (isJsonObject(file.journey)) out.journey = migrateJourney(file.journey);
    return out;
  },
};

function migrateJourney(journey: JsonObject): JsonObject {
  const out: JsonObject = { ...journey };
  if (Array.isArray(journey.nodes)) out.nodes = journey.nodes.map((n) => (isJsonObject(n) ? migrateNode(n) : n));
  if (Array.isArray(journey.edges)) out.edges = journey.edges.map((e) => (isJsonObject(e) ? migrateEdge(e) : e));
  return out;
}

function migrateNode(node: JsonObject): JsonObject {
  const { kind, x, y, ...rest } = node;
  const out: JsonObject = { ...rest };
  // A node that already has the new name keeps it: a hand-edited half-migrated file wins over the old field.
  if (!('type' in node) && kind !== undefined) out.type = kind;
  else if (kind !== undefined) out.kind = kind;
  if (!('position' in node) && (x !== undefined || y !== undefined)) out.position = { x, y };
  else {
    if (x !== undefined) out.x = x;
    if (y !== undefined) out.y = y;
  }
  return out;
}

function migrateEdge(edge: JsonObject): JsonObject {
  const { handle, ...rest } = edge;
  const out: JsonObject = { ...rest };
  if (!('sourceHandle' in edge) && handle !== undefined) out.sourceHandle = handle;
  else if (handle !== undefined) out.handle = handle;
  return out;
}
