/** Module-level selectors: stable functions, so components subscribe narrowly and cheaply. */
import type { EditorState } from './editor-store';

export const selectJourney = (s: EditorState) => s.journey;
export const selectSettledJourney = (s: EditorState) => s.settled;
export const selectFlowNodes = (s: EditorState) => s.flowNodes;
export const selectFlowEdges = (s: EditorState) => s.flowEdges;
export const selectActions = (s: EditorState) => s.actions;
export const selectNotice = (s: EditorState) => s.notice;
export const selectReadOnly = (s: EditorState) => s.readOnly;
export const selectTemplates = (s: EditorState) => s.templates;
export const selectHighlight = (s: EditorState) => s.highlight;
export const selectDragging = (s: EditorState) => s.dragging;
export const selectCanUndo = (s: EditorState) => s.history.past.length > 0;
export const selectCanRedo = (s: EditorState) => s.history.future.length > 0;
export const selectHasSelection = (s: EditorState) => s.selectedNodes.size > 0 || s.selectedEdges.size > 0;

/** The one selected step, when exactly one step is selected (the inspector shows it). */
export const selectSingleSelectedStep = (s: EditorState) => {
  if (s.selectedNodes.size !== 1) return undefined;
  const [id] = s.selectedNodes;
  return s.journey.nodes.find((n) => n.id === id);
};
