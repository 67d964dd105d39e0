/** Runs: every run the host knows, newest first, with its progress, controls and what it needs decided. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sortedRuns, useRuns } from '../../runs/runs-store';
import { useFollowRuns } from '../../runs/use-follow-runs';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { RunDetails } from './RunDetails';
import { RunRow } from './RunRow';
import '../../runs/runs.css';

export function RunsScreen() {
  const { t } = useTranslation();
  useFollowRuns();
  const { runs, error, loaded } = useRuns();
  const list = sortedRuns(runs);
  const [openId, setOpenId] = useState<string | null>(null);
  const open = openId === null ? undefined : runs[openId];

  return (
    <>
      <ScreenHeader title={t('runs.title')} subtitle={t('runs.subtitle')} />
      {error && (
        <p role="alert" className="notice notice-error">
          {t('runs.loadError', { message: error })}
        </p>
      )}
      {loaded && list.length === 0 && (
        <section className="empty-state" aria-labelledby="runs-empty">
          <h2 id="runs-empty">{t('runs.emptyTitle')}</h2>
          <p className="empty-state-body">{t('runs.emptyBody')}</p>
        </section>
      )}
      {list.length > 0 && (
        <table className="data-table" data-testid="runs-table">
          <caption className="visually-hidden">{t('runs.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('runs.journey')}</th>
              <th scope="col">{t('runs.channel')}</th>
              <th scope="col">{t('runs.status')}</th>
              <th scope="col">{t('runs.progress')}</th>
              <th scope="col">{t('runs.started')}</th>
              <th scope="col">{t('runs.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((run) => (
              <RunRow key={run.runId} run={run} open={run.runId === openId} onToggle={() => setOpenId(run.runId === openId ? null : run.runId)} />
            ))}
          </tbody>
        </table>
      )}
      {open && <RunDetails run={open} />}
    </>
  );
}
