/** Small pure edits of a journey graph shared by the fixes: fresh ids and where new nodes go. */
import type { Journey, JourneyEdge, JourneyNode, Position } from '../../../../core/journey';

/** Horizontal distance between a node and one added after it. */
export const STEP_X = 280;
/** Vertical distance between nodes added side by side. */
export const STEP_Y = 140;

/**
 * The first `prefix` + number not used by any node or edge id, counting from `from`. Ids stay
 * readable (`n12`, `e7`) and deterministic: the same journey always gets the same ids.
 */
export function freshId(journey: Journey, prefix: string, taken: ReadonlySet<string> = new Set()): string {
  const used = new Set<string>(taken);
  for (const n of journey.nodes) used.add(n.id);
  for (const e of journey.edges) used.add(e.id);
  let i = journey.nodes.length + journey.edges.length + 1;
  while (used.has(`${prefix}${i}`)) i++;
  return `${prefix}${i}`;
}

/** Several fresh ids at once, none equal to another. */
export function freshIds(journey: Journey, prefix: string, count: number): string[] {
  const taken = new Set<string>();
  const ids: string[] = [];
  for (let k = 0; k < count; k++) {
    const id = freshId(journey, prefix, taken);
    taken.add(id);
    ids.push(id);
  }
  return ids;
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

/** The journey with one node replaced (same id), or unchanged when the id is absent. */
export function replaceNode(journey: Journey, node: JourneyNode): Journey {
  return { ...journey, nodes: journey.nodes.map((n) => (n.id === node.id ? node : n)) };
}
