/** One run in the Runs table: status, progress bar, and the controls its status allows. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunSnapshot } from '../../../../core/api/host-api';
import { useHost } from '../../host/host-context';
import { controlRun } from '../../runs/run-actions';
import type { RunControl } from '../../runs/run-actions';
import { isActive } from '../../runs/runs-store';

const statusChip = { running: 'chip chip-ok', paused: 'chip chip-warning', cancelled: 'chip', completed: 'chip chip-ok' } as const;

export function RunRow({ run, open, onToggle, confirm = (message) => window.confirm(message) }: {
  run: RunSnapshot;
  open: boolean;
  onToggle(): void;
  /** Asked before cancelling (a test passes its own). */
  confirm?: (message: string) => boolean;
}) {
  const { t, i18n } = useTranslation();
  const host = useHost();
  const [failure, setFailure] = useState<string | null>(null);
  const act = (control: RunControl) => {
    if (control === 'cancel' && !confirm(t('runs.confirmCancel'))) return;
    void controlRun(host, run.runId, control).then(setFailure);
  };
  const started = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(run.createdAt));
  const label = (action: string) => `${action} — ${run.journeyName}`;

  return (
    <tr data-run-id={run.runId} data-run-status={run.status}>
      <th scope="row">{run.journeyName}</th>
      <td>{run.channelId}</td>
      <td>
        <span className={statusChip[run.status]}>{t(`runs.statusNames.${run.status}`)}</span>
        {run.uncertain.length > 0 && <span className="chip chip-error"> {t('runs.uncertain.title')}: {run.uncertain.length}</span>}
      </td>
      <td>
        <progress max={Math.max(1, run.contacts)} value={run.exited} aria-label={t('runs.progress')} />{' '}
        <span data-testid="run-progress-text">{t('runs.progressText', { exited: run.exited, contacts: run.contacts, inFlight: run.inFlight })}</span>
        {failure && (
          <p role="alert" className="notice notice-error">
            {t('runs.actionFailed', { message: failure })}
          </p>
        )}
      </td>
      <td>{started}</td>
      <td className="row-actions">
        {run.status === 'running' && (
          <button type="button" className="button button-small" aria-label={label(t('runs.pause'))} onClick={() => act('pause')}>
            {t('runs.pause')}
          </button>
        )}
        {run.status === 'paused' && (
          <button type="button" className="button button-small" aria-label={label(t('runs.resume'))} onClick={() => act('resume')}>
            {t('runs.resume')}
          </button>
        )}
        {isActive(run) && (
          <button type="button" className="button button-small" aria-label={label(t('runs.cancel'))} onClick={() => act('cancel')}>
            {t('runs.cancel')}
          </button>
        )}
        <button type="button" className="button button-small" aria-expanded={open} aria-label={label(t('runs.details'))} onClick={onToggle}>
          {t('runs.details')}
        </button>
      </td>
    </tr>
  );
}
