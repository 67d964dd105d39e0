/**
 * Live rules for one editor: the settled journey is validated off the main thread
 * (INSPECTOR's useFindings) against the library; the findings become badges on the steps, and
 * the first session-window error lights its path with the worst-case hours along it.
 */
import { useEffect } from 'react';
import { useFindings } from '../validation';
import type { FindingsState } from '../validation';
import { useEditor, useEditorStoreApi } from '../store/editor-context';
import { selectSettledJourney } from '../store/selectors';
import type { Library } from './use-library';

export function useLiveRules(library: Library): FindingsState {
  const store = useEditorStoreApi();
  const journey = useEditor(selectSettledJourney);
  const state = useFindings(journey, library.templates, library.channels);

  useEffect(() => store.getState().actions.setTemplates(library.templates), [store, library.templates]);

  useEffect(() => {
    const { actions } = store.getState();
    actions.setFindings(state.findings);
    actions.highlightFinding(state.findings.find((f) => f.rule === 'session.outside-window' && f.severity === 'error') ?? null);
  }, [store, state.findings]);

  return state;
}
