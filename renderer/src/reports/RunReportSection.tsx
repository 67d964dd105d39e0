/**
 * A run's report on the Runs screen: its measures with the quality risk, its three extracts
 * and the simulation's charts drawn from the run (from the host's journal through
 * runs:report), and the run next to the journey's latest simulation. Read again when the
 * run's last event changes. Steps come from the journey revision the run froze, not the
 * workspace's, which may have been edited since.
 */
import { useEffect, useState } from 'react';
import type { HostValue, RunSnapshot } from '../../../core/api/host-api';
import { fileSlug, listSimulationResults, useLiveQuery } from '../../db';
import { useHost } from '../host/host-context';
import { ExtractButtons } from './ExtractButtons';
import { FrozenJourneyNote } from './FrozenJourneyNote';
import { MetricsTable } from './MetricsTable';
import { NodeMetricsTable } from './NodeMetricsTable';
import { RunCharts } from './RunCharts';
import { RunComparison } from './RunComparison';
import { useTranslation } from 'react-i18next';
import './reports.css';

type Loaded = { status: 'loading' } | { status: 'ready'; report: HostValue<'runs:report'> } | { status: 'failed'; message: string };

export function RunReportSection({ run }: { run: RunSnapshot }) {
  const { t } = useTranslation('reports');
  const host = useHost();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const simulations = useLiveQuery(() => listSimulationResults(run.journeyId), [run.journeyId]);

  useEffect(() => {
    let live = true;
    void host.runs.report({ runId: run.runId }).then((answer) => {
      if (!live) return;
      setLoaded(answer.ok ? { status: 'ready', report: answer.value } : { status: 'failed', message: answer.error.message });
    });
    return () => {
      live = false;
    };
  }, [host, run.runId, run.lastEventAt]);

  const latest = simulations.status === 'ready' ? simulations.value[0] : undefined;
  return (
    <section className="report-section" aria-label={t('reports.title')} data-testid="run-report">
      <h3>{t('reports.title')}</h3>
      {loaded.status === 'loading' && <p className="side-hint">{t('reports.loading')}</p>}
      {loaded.status === 'failed' && (
        <p role="alert" className="notice notice-error">
          {t('reports.loadFailed', { message: loaded.message })}
        </p>
      )}
      {loaded.status === 'ready' && (
        <>
          <FrozenJourneyNote frozen={loaded.report.journey} startedAt={run.createdAt} />
          <MetricsTable metrics={loaded.report.metrics} />
          <NodeMetricsTable nodes={loaded.report.metrics.nodes} cost={loaded.report.cost} journey={loaded.report.journey} />
          <ExtractButtons extracts={() => loaded.report.extracts} prefix={`${fileSlug(run.journeyName || run.journeyId)}-run-${run.runId}`} />
          <RunCharts run={run} report={loaded.report} />
        </>
      )}
      {latest && <RunComparison run={run} report={loaded.status === 'ready' ? loaded.report : undefined} simulation={latest.result} />}
    </section>
  );
}
