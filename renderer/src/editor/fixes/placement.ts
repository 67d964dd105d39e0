/** Small pure helpers shared by the fixes: fresh ids and where new nodes go. */
import type { Journey, JourneyEdge, JourneyNode, NodeType, Position } from '../../../../core/journey';
import { idAllocator, idPrefix } from '../store/ids';

/** Horizontal distance between a node and one added after it. */
export const STEP_X = 280;
/** Vertical distance between nodes added side by side. */
export const STEP_Y = 140;

/**
 * An id allocator over every id the journey uses, with the editor's readable prefixes
 * (`reply-2`, `e-7`): a fix's steps are named like steps dropped from the palette.
 */
export function journeyIds(journey: Journey): (kind: NodeType | 'edge') => string {
  const next = idAllocator([...journey.nodes.map((n) => n.id), ...journey.edges.map((e) => e.id)]);
  return (kind) => next(idPrefix(kind));
}

export function positionOf(node: JourneyNode | undefined): Position {
  return node?.position ?? { x: 0, y: 0 };
}

/** A point between two positions, `t` of the way from `a` to `b`. */
export function between(a: Position, b: Position, t: number): Position {
  return { x: Math.round(a.x + (b.x - a.x) * t), y: Math.round(a.y + (b.y - a.y) * t) };
}

export function edge(id: string, source: string, sourceHandle: string, target: string): JourneyEdge {
  return { id, source, sourceHandle, target };
}

export function findNode(journey: Journey, id: string | undefined): JourneyNode | undefined {
  return id === undefined ? undefined : journey.nodes.find((n) => n.id === id);
}
