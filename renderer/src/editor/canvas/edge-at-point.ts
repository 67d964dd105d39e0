/**
 * Which link a point of the canvas lies on, for inserting a dropped step into it. Links are
 * drawn as curves between an output on the right of one step and the input on the left of the
 * next; the straight segment between those two points is close enough to the curve at the
 * middle, where people drop, and keeps the test pure (no DOM).
 */
import type { Journey, Position } from '../../../../core/journey';
import { fallbackPosition } from '../convert';
import { DEFAULT_STEP_SIZE } from '../layout/auto-layout';
import type { Size } from '../store/flow-projection';

/** How far from a link a drop still counts as on it, in canvas pixels. */
export const EDGE_HIT_DISTANCE = 28;

function distanceToSegment(p: Position, a: Position, b: Position): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** The id of the nearest link within {@link EDGE_HIT_DISTANCE} of `point`, if any. */
export function edgeAtPoint(journey: Journey, sizes: ReadonlyMap<string, Size>, point: Position, ignore?: string): string | undefined {
  const boxes = new Map(journey.nodes.map((n, i) => [n.id, { at: n.position ?? fallbackPosition(i), size: sizes.get(n.id) ?? DEFAULT_STEP_SIZE }]));
  let best: { id: string; distance: number } | undefined;
  for (const edge of journey.edges) {
    if (ignore !== undefined && (edge.source === ignore || edge.target === ignore)) continue;
    const s = boxes.get(edge.source);
    const t = boxes.get(edge.target);
    if (!s || !t) continue;
    const from = { x: s.at.x + s.size.width, y: s.at.y + s.size.height / 2 };
    const to = { x: t.at.x, y: t.at.y + t.size.height / 2 };
    const distance = distanceToSegment(point, from, to);
    if (distance <= EDGE_HIT_DISTANCE && (!best || distance < best.distance)) best = { id: edge.id, distance };
  }
  return best?.id;
}
