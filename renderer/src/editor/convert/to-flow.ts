/**
 * Core journey -> React Flow. Pure: the same journey gives equal nodes and edges. Steps
 * without a `position` (a journey written by hand or by another tool) are laid out on a simple
 * grid so they never pile up at the origin; the original node is kept in `data`, so converting
 * back leaves them without a position until someone moves them.
 */
import type { Journey, JourneyEdge, JourneyNode, Position } from '../../../../core/journey';
import type { FlowEdge, FlowNode, NoteFlowNode, StepFlowNode } from './flow-types';
import { NOTE_TYPE } from './flow-types';
import { readNotes } from './sticky-notes';
import type { StickyNote } from './sticky-notes';

const GRID_COLUMNS = 6;
export const GRID_STEP = { x: 320, y: 180 };

/** Where a step without a position is drawn: its place in the node list on a grid. */
export function fallbackPosition(index: number): Position {
  return { x: (index % GRID_COLUMNS) * GRID_STEP.x, y: Math.floor(index / GRID_COLUMNS) * GRID_STEP.y };
}

export function stepToFlow(node: JourneyNode, index: number): StepFlowNode {
  return { id: node.id, type: node.type, position: node.position ?? fallbackPosition(index), data: { node } };
}

export function noteToFlow(note: StickyNote): NoteFlowNode {
  return {
    id: note.id,
    type: NOTE_TYPE,
    position: note.position,
    data: { note },
    ...(note.width !== undefined && note.height !== undefined ? { width: note.width, height: note.height } : {}),
    // Notes sit under the steps they annotate.
    zIndex: -1,
  };
}

export function edgeToFlow(edge: JourneyEdge): FlowEdge {
  return { id: edge.id, type: 'journey', source: edge.source, sourceHandle: edge.sourceHandle, target: edge.target };
}

/** The canvas nodes (steps first, then notes) and edges of a journey. */
export function journeyToFlow(journey: Journey): { nodes: FlowNode[]; edges: FlowEdge[] } {
  return {
    nodes: [...journey.nodes.map(stepToFlow), ...readNotes(journey).map(noteToFlow)],
    edges: journey.edges.map(edgeToFlow),
  };
}
