/**
 * Edits of a journey as pure functions: each takes a journey and returns a new one, sharing
 * every node and edge it did not touch (so the canvas re-renders only what changed, and the
 * undo history holds cheap snapshots).
 */
import type { Journey, JourneyEdge, JourneyNode, Position } from '../../../../core/journey';
import { outputHandles } from '../../../../core/journey';
import { readNotes, withNotes } from '../convert';
import type { StickyNote } from '../convert';
import type { ConnectionRequest } from './connect-rules';

export function addStep(journey: Journey, node: JourneyNode): Journey {
  return { ...journey, nodes: [...journey.nodes, node] };
}

/** The journey with `node` in place of the step that has its id. */
export function replaceStep(journey: Journey, node: JourneyNode): Journey {
  return { ...journey, nodes: journey.nodes.map((n) => (n.id === node.id ? node : n)) };
}

export function addEdge(journey: Journey, request: ConnectionRequest, id: string): Journey {
  const edge: JourneyEdge = { id, source: request.source, sourceHandle: request.sourceHandle ?? 'out', target: request.target };
  return { ...journey, edges: [...journey.edges, edge] };
}

/**
 * Puts a step into an edge: `a -h-> b` becomes `a -h-> step -first output-> b`. Only a step
 * with no edges yet and at least one output can be inserted; otherwise undefined.
 */
export function insertOnEdge(journey: Journey, edgeId: string, stepId: string, newEdgeId: string): Journey | undefined {
  const edge = journey.edges.find((e) => e.id === edgeId);
  const step = journey.nodes.find((n) => n.id === stepId);
  if (!edge || !step || edge.source === stepId || edge.target === stepId) return undefined;
  if (journey.edges.some((e) => e.source === stepId || e.target === stepId)) return undefined;
  const out = outputHandles(step)[0];
  if (out === undefined || step.type === 'entry') return undefined;
  const edges = journey.edges.flatMap((e) =>
    e.id === edgeId
      ? [{ ...e, target: stepId }, { id: newEdgeId, source: stepId, sourceHandle: out, target: edge.target }]
      : [e],
  );
  return { ...journey, edges };
}

/** Removes steps, notes and edges; an edge touching a removed step goes with it. */
export function removeElements(journey: Journey, nodeIds: ReadonlySet<string>, edgeIds: ReadonlySet<string>): Journey {
  if (nodeIds.size === 0 && edgeIds.size === 0) return journey;
  const nodes = journey.nodes.filter((n) => !nodeIds.has(n.id));
  const edges = journey.edges.filter((e) => !edgeIds.has(e.id) && !nodeIds.has(e.source) && !nodeIds.has(e.target));
  const notes = readNotes(journey);
  const keptNotes = notes.filter((n) => !nodeIds.has(n.id));
  const next = { ...journey, nodes, edges };
  return keptNotes.length === notes.length ? next : withNotes(next, keptNotes);
}

/** Moves steps and notes to new positions (ids not found are ignored). */
export function moveElements(journey: Journey, positions: ReadonlyMap<string, Position>): Journey {
  if (positions.size === 0) return journey;
  let touchedNotes = false;
  const nodes = journey.nodes.map((n) => {
    const p = positions.get(n.id);
    return p ? { ...n, position: { x: p.x, y: p.y } } : n;
  });
  const notes = readNotes(journey).map((note) => {
    const p = positions.get(note.id);
    if (!p) return note;
    touchedNotes = true;
    return { ...note, position: { x: p.x, y: p.y } };
  });
  const next = { ...journey, nodes };
  return touchedNotes ? withNotes(next, notes) : next;
}

export function addNote(journey: Journey, note: StickyNote): Journey {
  return withNotes(journey, [...readNotes(journey), note]);
}

/** Changes a note's text or size. */
export function updateNote(journey: Journey, id: string, patch: Partial<Omit<StickyNote, 'id'>>): Journey {
  return withNotes(journey, readNotes(journey).map((n) => (n.id === id ? { ...n, ...patch } : n)));
}

/**
 * After a step is inserted into a link, moves the steps after it (everything it leads to)
 * right by `dx` when they would sit under it, so the journey opens up instead of overlapping.
 */
export function makeRoomAfter(journey: Journey, stepId: string, width: number, gap: number): Journey {
  const step = journey.nodes.find((n) => n.id === stepId);
  if (!step?.position) return journey;
  const next = new Map<string, string[]>();
  for (const e of journey.edges) next.set(e.source, [...(next.get(e.source) ?? []), e.target]);
  const after = new Set<string>();
  const stack = [...(next.get(stepId) ?? [])];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (after.has(id) || id === stepId) continue;
    after.add(id);
    stack.push(...(next.get(id) ?? []));
  }
  const right = step.position.x + width + gap;
  const nearest = Math.min(...journey.nodes.filter((n) => after.has(n.id)).map((n) => n.position?.x ?? Infinity));
  if (!Number.isFinite(nearest) || nearest >= right) return journey;
  const dx = right - nearest;
  const positions = new Map(journey.nodes.filter((n) => after.has(n.id) && n.position).map((n) => [n.id, { x: n.position!.x + dx, y: n.position!.y }]));
  return moveElements(journey, positions);
}
