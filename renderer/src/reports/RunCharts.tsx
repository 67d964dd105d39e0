/**
 * A run's charts, the simulation's own (renderer/src/charts): a funnel per message step from
 * the run's counts, and from its report the running totals over time, the cost by category
 * and by market, and errors by Meta code. The journey is read from the workspace for its
 * step types.
 */
import type { HostValue, RunSnapshot } from '../../../core/api/host-api';
import { OutcomeCharts } from '../charts/SimulationCharts';
import { getJourney, useLiveQuery } from '../../db';

export function RunCharts({ run, report, width = 320 }: { run: RunSnapshot; report: HostValue<'runs:report'>; width?: number }) {
  const stored = useLiveQuery(() => getJourney(run.journeyId), [run.journeyId]);
  // A journey deleted since the run still has its other charts; only the funnels need its steps.
  const journey = stored.status === 'ready' ? (stored.value?.journey ?? { nodes: [] }) : undefined;
  if (journey === undefined) return null;
  return (
    <div className="report-charts" data-testid="run-charts">
      <OutcomeCharts journey={journey} outcome={{ nodes: run.nodes, errors: run.errors, cost: report.cost, buckets: report.series }} width={width} />
    </div>
  );
}
