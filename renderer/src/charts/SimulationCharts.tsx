/** Every chart of a simulation result (or a run report of the same shape), for a journey. */
import type { Journey } from '../../../core/journey';
import type { SimulationResult } from '../../../core/sim';
import { costRows, cumulativeSeries, errorRows, funnels } from './chart-data';
import { CostChart } from './CostChart';
import { ErrorsChart } from './ErrorsChart';
import { FunnelChart } from './FunnelChart';
import { TimeSeriesChart } from './TimeSeriesChart';

export function SimulationCharts({ journey, result, width = 300 }: { journey: Pick<Journey, 'nodes'>; result: SimulationResult; width?: number }) {
  const cost = costRows(result.cost);
  const errors = errorRows(result.errors);
  return (
    <div className="charts">
      {funnels(journey, result.nodes).map((f) => (
        <FunnelChart key={f.node} funnel={f} width={width} />
      ))}
      <TimeSeriesChart points={cumulativeSeries(result)} width={width} />
      {cost.length > 0 && <CostChart rows={cost} currency={result.cost.currency} width={width} />}
      {errors.length > 0 && <ErrorsChart rows={errors} width={width} />}
    </div>
  );
}
