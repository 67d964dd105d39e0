/**
 * A run's charts, SIMVIEW's own (renderer/src/charts): a funnel per message step and errors by
 * Meta code. The journey is read from the workspace for its step types; a run's snapshot has
 * no cost or hourly series, so those two charts stay with simulations.
 */
import type { RunSnapshot } from '../../../core/api/host-api';
import { errorRows, funnels } from '../charts/chart-data';
import { ErrorsChart } from '../charts/ErrorsChart';
import { FunnelChart } from '../charts/FunnelChart';
import { getJourney, useLiveQuery } from '../../db';

export function RunCharts({ run, width = 300 }: { run: RunSnapshot; width?: number }) {
  const stored = useLiveQuery(() => getJourney(run.journeyId), [run.journeyId]);
  const journey = stored.status === 'ready' ? stored.value?.journey : undefined;
  const errors = errorRows(run.errors);
  return (
    <div className="charts" data-testid="run-charts">
      {journey && funnels(journey, run.nodes).map((f) => <FunnelChart key={f.node} funnel={f} width={width} />)}
      {errors.length > 0 && <ErrorsChart rows={errors} width={width} />}
    </div>
  );
}
