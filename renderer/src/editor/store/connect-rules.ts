/**
 * What may be connected on the canvas. The validator would report a bad graph afterwards, but
 * the canvas refuses the three mistakes it can see at once, with a reason the user can read:
 * a second edge from one output, an edge from a step to itself, and an edge that closes a loop
 * (journeys are acyclic: `structure.cycle`).
 */
import type { Journey } from '../../../../core/journey';
import { outputHandles } from '../../../../core/journey';

export type ConnectionRequest = { source: string; sourceHandle?: string | null; target: string };
export type ConnectRefusal = 'self-loop' | 'handle-used' | 'cycle' | 'unknown-node' | 'unknown-handle' | 'into-entry';

/** Whether `to` can be reached from `from` following the journey's edges. */
export function reaches(journey: Pick<Journey, 'edges'>, from: string, to: string): boolean {
  const next = new Map<string, string[]>();
  for (const edge of journey.edges) {
    const list = next.get(edge.source);
    if (list) list.push(edge.target);
    else next.set(edge.source, [edge.target]);
  }
  const seen = new Set([from]);
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === to) return true;
    for (const target of next.get(id) ?? []) {
      if (!seen.has(target)) {
        seen.add(target);
        stack.push(target);
      }
    }
  }
  return false;
}

/** Why the connection must be refused, or undefined when it may be made. */
export function connectionRefusal(journey: Journey, request: ConnectionRequest): ConnectRefusal | undefined {
  const handle = request.sourceHandle ?? 'out';
  const source = journey.nodes.find((n) => n.id === request.source);
  const target = journey.nodes.find((n) => n.id === request.target);
  if (!source || !target) return 'unknown-node';
  if (source.id === target.id) return 'self-loop';
  if (!outputHandles(source).includes(handle)) return 'unknown-handle';
  if (target.type === 'entry') return 'into-entry';
  if (journey.edges.some((e) => e.source === source.id && (e.sourceHandle ?? 'out') === handle)) return 'handle-used';
  // The new edge source -> target closes a loop exactly when target already reaches source.
  if (reaches(journey, target.id, source.id)) return 'cycle';
  return undefined;
}
