/** React Flow's component map: every journey step type draws with StepNode, notes with NoteNode. Module-level so its identity never changes. */
import type { NodeTypes } from '@xyflow/react';
import { NODE_TYPES } from '../../../../core/journey';
import { NOTE_TYPE } from '../convert';
import { NoteNode } from './NoteNode';
import { StepNode } from './StepNode';

export const nodeTypes: NodeTypes = {
  ...Object.fromEntries(NODE_TYPES.map((type) => [type, StepNode])),
  [NOTE_TYPE]: NoteNode,
};
