/**
 * Auto-layout with dagre: a layered left-to-right drawing, which is how journeys read (the
 * contact moves from the entry on the left to the exits on the right). Each output handle's
 * edges keep their order, so a split's branches stay in the order of its handles.
 */
import { Graph, layout } from '@dagrejs/dagre';
import type { Journey, Position } from '../../../../core/journey';
import type { Size } from '../store/flow-projection';

/** The size a step is laid out with before the canvas has measured it. */
export const DEFAULT_STEP_SIZE: Size = { width: 240, height: 96 };

/** New top-left positions for every step (notes stay where the user put them). */
export function autoLayout(journey: Pick<Journey, 'nodes' | 'edges'>, sizes: ReadonlyMap<string, Size>): Map<string, Position> {
  const g = new Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 40, ranksep: 90, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of journey.nodes) {
    const size = sizes.get(node.id) ?? DEFAULT_STEP_SIZE;
    g.setNode(node.id, { width: size.width, height: size.height });
  }
  const ids = new Set(journey.nodes.map((n) => n.id));
  for (const edge of journey.edges) {
    if (ids.has(edge.source) && ids.has(edge.target)) g.setEdge(edge.source, edge.target, {}, edge.id);
  }
  layout(g);
  const positions = new Map<string, Position>();
  for (const node of journey.nodes) {
    const laid = g.node(node.id);
    const size = sizes.get(node.id) ?? DEFAULT_STEP_SIZE;
    // dagre gives centres; the canvas positions top-left corners. Rounded to keep files tidy.
    positions.set(node.id, { x: Math.round(laid.x - size.width / 2), y: Math.round(laid.y - size.height / 2) });
  }
  return positions;
}
