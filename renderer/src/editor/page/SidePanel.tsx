/**
 * The side panel: the selected step's inspector (INSPECTOR's NodeInspector, whose changes go
 * through the store as undoable edits, one undo step per burst of typing in a step), and the
 * journey's rules.
 */
import { useCallback, useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyNode } from '../../../../core/journey';
import { NodeInspector } from '../inspector/NodeInspector';
import { useEditor, useEditorStoreApi } from '../store/editor-context';
import type { EditorState } from '../store/editor-store';
import { replaceStep } from '../store/graph-edits';
import { selectSettledJourney, selectSingleSelectedStep } from '../store/selectors';
import type { Library } from './use-library';

const selectSelectionKind = (s: EditorState): 'none' | 'step' | 'note' | 'many' => {
  const count = s.selectedNodes.size + s.selectedEdges.size;
  if (count === 0) return 'none';
  if (count > 1 || s.selectedNodes.size === 0) return 'many';
  const [id] = s.selectedNodes;
  return s.journey.nodes.some((n) => n.id === id) ? 'step' : 'note';
};
const selectSelectionCount = (s: EditorState) => s.selectedNodes.size + s.selectedEdges.size;
const selectChannelId = (s: EditorState) => s.journey.channel;

/**
 * The selected step as the inspector sees it: moving a step changes its position only, and the
 * inspector has no position field, so the same object is kept and the form does not re-render
 * on every frame of a drag.
 */
function useStepForInspector(step: JourneyNode | undefined): JourneyNode | undefined {
  const shown = useRef(step);
  const previous = shown.current;
  if (!(step && previous && step.id === previous.id && step.type === previous.type && step.data === previous.data)) shown.current = step;
  return shown.current;
}

export function SidePanel({ library, children }: { library: Library; children?: ReactNode }) {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const kind = useEditor(selectSelectionKind);
  const count = useEditor(selectSelectionCount);
  const step = useStepForInspector(useEditor(selectSingleSelectedStep));
  // The settled journey: it holds still during a drag, so the forms looking around the step do too.
  const journey = useEditor(selectSettledJourney);
  const channelId = useEditor(selectChannelId);
  const channel = library.channels.find((c) => c.id === channelId);
  const onChange = useCallback(
    (node: JourneyNode) => store.getState().actions.commit(replaceStep(store.getState().journey, node), `step:${node.id}`),
    [store],
  );
  return (
    <aside className="side-panel" aria-label={t('editor.sidePanel')}>
      <section className="side-section side-inspector">
        {kind === 'step' && step && (
          <NodeInspector key={step.id} node={step} templates={library.templates} channel={channel} attributes={library.attributes} onChange={onChange} journey={journey} />
        )}
        {kind === 'none' && <p className="side-hint">{t('editor.noSelection')}</p>}
        {kind === 'many' && <p className="side-hint">{t('editor.manySelected', { count })}</p>}
        {kind === 'note' && <p className="side-hint">{t('editor.noteSelected')}</p>}
      </section>
      {children}
    </aside>
  );
}
