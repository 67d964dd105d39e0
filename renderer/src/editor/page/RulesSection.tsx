/**
 * The rules part of the side panel: INSPECTOR's FindingsPanel on the live findings. Clicking a
 * finding selects and centres its step (and lights its path when it names one); a Fix is an
 * ordinary edit through the store, so Undo takes it back.
 */
import { useCallback, useMemo } from 'react';
import type { Finding } from '../../../../core/rules';
import { FindingsPanel } from '../findings';
import { applyFix } from '../fixes';
import type { FixId } from '../fixes';
import type { FindingsState } from '../validation';
import { useEditor, useEditorStoreApi } from '../store/editor-context';
import { selectSettledJourney } from '../store/selectors';
import { useFocusStep } from './use-canvas-focus';
import type { Library } from './use-library';

export function RulesSection({ rules, library }: { rules: FindingsState; library: Library }) {
  const store = useEditorStoreApi();
  const journey = useEditor(selectSettledJourney);
  const focusStep = useFocusStep();
  const fixContext = useMemo(() => ({ templates: library.templates, channels: library.channels }), [library.templates, library.channels]);

  const onSelect = useCallback(
    (finding: Finding) => {
      if (finding.params?.path) store.getState().actions.highlightFinding(finding);
      if (finding.node) focusStep(finding.node);
    },
    [store, focusStep],
  );
  const onFix = useCallback(
    (finding: Finding, fixId: FixId) => {
      const { journey: current, actions } = store.getState();
      actions.commit(applyFix(current, finding, fixId, fixContext));
    },
    [store, fixContext],
  );

  return (
    <section className="side-section side-rules">
      <FindingsPanel findings={rules.findings} pending={rules.pending} onSelect={onSelect} onFix={onFix} journey={journey} />
    </section>
  );
}
