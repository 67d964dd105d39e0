/**
 * Draws the journey's newest run on its canvas while the editor is open: live counts while it
 * runs, the final ones after. A journey never run leaves the overlay to others (a simulation).
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { showOverlay } from '../editor/overlay/overlay-store';
import { runOverlaySteps } from './run-overlay';
import { runOfJourney, useRuns } from './runs-store';

export function useRunOverlay(journeyId: string): void {
  const { t, i18n } = useTranslation();
  const run = useRuns((state) => runOfJourney(state.runs, journeyId));
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  useEffect(() => {
    if (run) showOverlay(journeyId, t('runs.editor.overlay'), runOverlaySteps(run, language), run.edges ?? {});
  }, [run, journeyId, language, t]);
}
