/** A sticky note: text written straight on the canvas. The textarea is `nodrag` so typing and selecting text never move the note. */
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useStepTexts } from './step-texts';
import type { NoteFlowNode } from '../convert';
import { useEditor } from '../store/editor-context';
import { selectActions, selectReadOnly } from '../store/selectors';

function NoteNodeView({ id, data, selected }: NodeProps<NoteFlowNode>) {
  const t = useStepTexts();
  const actions = useEditor(selectActions);
  const readOnly = useEditor(selectReadOnly);
  const { note } = data;
  return (
    <div className={`sticky-note${selected ? ' is-selected' : ''}`} style={{ width: note.width ?? 200, height: note.height ?? 120 }}>
      <textarea
        className="nodrag nowheel"
        aria-label={t('editor.note.label')}
        placeholder={t('editor.note.placeholder')}
        value={note.text}
        readOnly={readOnly}
        onChange={(e) => actions.updateNote(id, e.target.value)}
      />
    </div>
  );
}

export const NoteNode = memo(NoteNodeView);
NoteNode.displayName = 'NoteNode';
