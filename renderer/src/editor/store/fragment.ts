/**
 * A copied part of a journey: steps, the edges between them, and notes. It is plain JSON in
 * the journey file's own shapes, so it pastes into any journey, in this window or another
 * (through the system clipboard), and is validated like a file when it comes back.
 */
import { z } from 'zod';
import type { Journey, JourneyEdge, JourneyNode } from '../../../../core/journey';
import { JourneyEdge as EdgeSchema, JourneyNode as NodeSchema } from '../../../../core/journey';
import { readNotes, StickyNote, withNotes } from '../convert';
import { idAllocator, idPrefix } from './ids';

export const FRAGMENT_FORMAT = 'wa-journey-fragment';

export const Fragment = z.object({
  format: z.literal(FRAGMENT_FORMAT),
  nodes: z.array(NodeSchema),
  edges: z.array(EdgeSchema),
  notes: z.array(StickyNote),
});
export type Fragment = z.infer<typeof Fragment>;

/** The selected steps and notes, with the edges whose both ends are selected. */
export function copyFragment(journey: Journey, ids: ReadonlySet<string>): Fragment | undefined {
  const nodes = journey.nodes.filter((n) => ids.has(n.id));
  const notes = readNotes(journey).filter((n) => ids.has(n.id));
  if (nodes.length === 0 && notes.length === 0) return undefined;
  const edges = journey.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return { format: FRAGMENT_FORMAT, nodes, edges, notes };
}

/** A fragment read back from clipboard text, or undefined when the text is not one. */
export function parseFragment(text: string): Fragment | undefined {
  try {
    const parsed = Fragment.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** An engagement split names the message it measures: follow the renaming when it was copied too. */
function renameReferences(node: JourneyNode, rename: ReadonlyMap<string, string>): JourneyNode {
  if (node.type !== 'split_engagement' || node.data.message === undefined) return node;
  const message = rename.get(node.data.message);
  return message ? { ...node, data: { ...node.data, message } } : node;
}

/**
 * Adds a fragment to a journey under fresh ids, shifted by `offset`. A second entry would be an
 * error (`structure.entry-multiple`), but it is pasted all the same: the findings say so, and
 * the user may be about to delete the first.
 */
export function pasteFragment(
  journey: Journey,
  fragment: Fragment,
  offset: { x: number; y: number },
): { journey: Journey; pasted: string[] } {
  const notes = readNotes(journey);
  const allocate = idAllocator([...journey.nodes.map((n) => n.id), ...journey.edges.map((e) => e.id), ...notes.map((n) => n.id)]);
  const rename = new Map<string, string>();
  for (const node of fragment.nodes) rename.set(node.id, allocate(idPrefix(node.type)));
  for (const note of fragment.notes) rename.set(note.id, allocate(idPrefix('note')));
  const shift = (p: { x: number; y: number } | undefined) => ({ x: (p?.x ?? 0) + offset.x, y: (p?.y ?? 0) + offset.y });
  const nodes = fragment.nodes.map((n) => renameReferences({ ...n, id: rename.get(n.id)!, position: shift(n.position) }, rename));
  const edges: JourneyEdge[] = fragment.edges
    .filter((e) => rename.has(e.source) && rename.has(e.target))
    .map((e) => ({ ...e, id: allocate(idPrefix('edge')), source: rename.get(e.source)!, target: rename.get(e.target)! }));
  const pastedNotes = fragment.notes.map((n) => ({ ...n, id: rename.get(n.id)!, position: shift(n.position) }));
  const next = withNotes({ ...journey, nodes: [...journey.nodes, ...nodes], edges: [...journey.edges, ...edges] }, [...notes, ...pastedNotes]);
  return { journey: next, pasted: [...rename.values()] };
}
