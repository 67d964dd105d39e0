/** The React Flow shapes of a journey: one canvas node per journey node or sticky note. */
import type { Edge, Node } from '@xyflow/react';
import type { JourneyNode, NodeType } from '../../../../core/journey';
import type { StickyNote } from './sticky-notes';

export type StepData = { node: JourneyNode };
export type NoteData = { note: StickyNote };

/** A journey step on the canvas; its React Flow `type` is the journey node type. */
export type StepFlowNode = Node<StepData, NodeType>;
/** A sticky note on the canvas. */
export type NoteFlowNode = Node<NoteData, 'note'>;
export type FlowNode = StepFlowNode | NoteFlowNode;
export type FlowEdge = Edge<Record<string, never>, 'journey'>;

export const NOTE_TYPE = 'note';

export function isNoteNode(node: FlowNode): node is NoteFlowNode {
  return node.type === NOTE_TYPE;
}
