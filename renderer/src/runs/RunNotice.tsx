/**
 * Under the editor's header: says when the open journey has a run under way, which plays the
 * revision it started with (edits here never reach it), and draws that run on the canvas.
 */
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/nav-store';
import { isActive, runOfJourney, useRuns } from './runs-store';
import { useFollowRuns } from './use-follow-runs';
import './runs.css';
import { useRunOverlay } from './use-run-overlay';

export function RunNotice({ journeyId }: { journeyId: string }) {
  const { t } = useTranslation();
  useFollowRuns();
  useRunOverlay(journeyId);
  const run = useRuns((state) => runOfJourney(state.runs, journeyId));
  if (!run || !isActive(run)) return null;
  return (
    <p className="editor-notice run-notice" role="status" data-run-status={run.status}>
      <span>{t('runs.editor.running', { status: t(`runs.statusNames.${run.status}`).toLowerCase() })}</span>{' '}
      <span data-testid="run-notice-progress">{t('runs.progressText', { exited: run.exited, contacts: run.contacts, inFlight: run.inFlight })}</span>{' '}
      <button type="button" className="button button-small" onClick={() => navigate('runs')}>
        {t('runs.editor.openRuns')}
      </button>
    </p>
  );
}
