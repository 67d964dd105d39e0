/** Fixes for the structure rules: close a dangling branch with an exit, add a missing entry. */
import { outputHandles, type Journey } from '../../../../core/journey';
import { edge, findNode, journeyIds, positionOf, STEP_X, STEP_Y } from './placement';

/**
 * Connects the unconnected `handle` of `nodeId` to a new exit, placed to the right of the node
 * at the handle's row. Unchanged when the node lacks that handle or it is already connected.
 */
export function addExit(journey: Journey, nodeId: string, handle: string): Journey {
  const node = findNode(journey, nodeId);
  if (!node || !isOpenHandle(journey, nodeId, handle)) return journey;
  const handles = outputHandles(node);
  const row = handles.indexOf(handle);
  const id = journeyIds(journey);
  const exitId = id('exit');
  const edgeId = id('edge');
  const at = positionOf(node);
  const centre = (handles.length - 1) / 2;
  return {
    ...journey,
    nodes: [...journey.nodes, { id: exitId, type: 'exit', position: { x: at.x + STEP_X, y: at.y + Math.round((row - centre) * STEP_Y) }, data: {} }],
    edges: [...journey.edges, edge(edgeId, nodeId, handle, exitId)],
  };
}

/** Whether `nodeId` has the output `handle` and it leads nowhere: what addExit closes. */
export function isOpenHandle(journey: Journey, nodeId: string, handle: string): boolean {
  const node = findNode(journey, nodeId);
  return node !== undefined && outputHandles(node).includes(handle) && !journey.edges.some((e) => e.source === nodeId && e.sourceHandle === handle);
}

/** Whether the journey has no entry: what addEntry adds. */
export function lacksEntry(journey: Journey): boolean {
  return !journey.nodes.some((n) => n.type === 'entry');
}

/**
 * Adds an audience entry (the most common start) and connects it to the first node nothing
 * leads to, which is where the journey visibly starts. Unchanged when an entry exists.
 */
export function addEntry(journey: Journey): Journey {
  if (!lacksEntry(journey)) return journey;
  const targets = new Set(journey.edges.map((e) => e.target));
  const start = journey.nodes.find((n) => !targets.has(n.id) && n.type !== 'exit');
  const id = journeyIds(journey);
  const entryId = id('entry');
  const at = positionOf(start);
  const entry = { id: entryId, type: 'entry' as const, position: { x: at.x - STEP_X, y: at.y }, data: { source: 'audience' as const } };
  const edges = start ? [...journey.edges, edge(id('edge'), entryId, 'out', start.id)] : journey.edges;
  return { ...journey, nodes: [entry, ...journey.nodes], edges };
}
