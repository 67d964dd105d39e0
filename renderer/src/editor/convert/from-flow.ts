/**
 * React Flow -> core journey. Only what the model owns comes back: each step's `data.node`
 * with the position it now has on the canvas, each edge's ends and handle, each note. Canvas
 * state (selection, measured sizes, dragging) never reaches the journey.
 */
import type { Journey, JourneyEdge, JourneyNode } from '../../../../core/journey';
import type { FlowEdge, FlowNode } from './flow-types';
import { isNoteNode } from './flow-types';
import type { StickyNote } from './sticky-notes';
import { withNotes } from './sticky-notes';
import { fallbackPosition } from './to-flow';

function samePosition(a: { x: number; y: number }, b: { x: number; y: number }): boolean {
  return a.x === b.x && a.y === b.y;
}

export function stepFromFlow(flow: FlowNode & { data: { node: JourneyNode } }, index: number): JourneyNode {
  const { node } = flow.data;
  // A step that had no position and was not moved keeps having none.
  if (node.position === undefined && samePosition(flow.position, fallbackPosition(index))) return node;
  return { ...node, position: { x: flow.position.x, y: flow.position.y } };
}

export function edgeFromFlow(edge: FlowEdge): JourneyEdge {
  return { id: edge.id, source: edge.source, sourceHandle: edge.sourceHandle ?? 'out', target: edge.target };
}

/** `base` with the canvas's steps, edges and notes; every other journey field is kept as is. */
export function flowToJourney(base: Journey, nodes: readonly FlowNode[], edges: readonly FlowEdge[]): Journey {
  const steps: JourneyNode[] = [];
  const notes: StickyNote[] = [];
  for (const flow of nodes) {
    if (isNoteNode(flow)) {
      const size = flow.width !== undefined && flow.height !== undefined ? { width: flow.width, height: flow.height } : {};
      notes.push({ ...flow.data.note, position: { x: flow.position.x, y: flow.position.y }, ...size });
    } else {
      steps.push(stepFromFlow(flow, steps.length));
    }
  }
  return withNotes({ ...base, nodes: steps, edges: edges.map(edgeFromFlow) }, notes);
}
