/**
 * A run next to the journey's latest saved simulation: the counts per step, the cost, and
 * (when the stored simulation kept its hourly series) the shares of the audience over time.
 */
import type { HostValue, RunSnapshot } from '../../../core/api/host-api';
import type { SimulationSummary } from '../../db';
import { ComparisonTable } from './ComparisonTable';
import { CostComparisonTable } from './CostComparisonTable';
import { SeriesComparisonChart } from './SeriesComparisonChart';

interface StoredSeries {
  hourMs: number;
  sends: number[];
  replies: number[];
}

/** The hourly series of a stored simulation, when it has one (results are stored loose). */
function seriesOf(result: SimulationSummary): StoredSeries | null {
  const series = (result as { series?: Partial<StoredSeries> }).series;
  return series && typeof series.hourMs === 'number' && Array.isArray(series.sends) && Array.isArray(series.replies)
    ? { hourMs: series.hourMs, sends: series.sends, replies: series.replies }
    : null;
}

export function RunComparison({ run, report, simulation }: { run: RunSnapshot; report: HostValue<'runs:report'> | undefined; simulation: SimulationSummary }) {
  const simulated = seriesOf(simulation);
  return (
    <>
      <ComparisonTable run={run} simulation={simulation} order={Object.keys(run.nodes)} />
      {report && (
        <CostComparisonTable
          run={{ contacts: run.contacts, cost: report.cost }}
          simulation={{ contacts: simulation.contacts, cost: simulation.cost }}
          currency={report.cost.currency}
        />
      )}
      {report && simulated && (
        <SeriesComparisonChart
          run={{ contacts: run.contacts, bucketMs: report.series.bucketMs, sends: report.series.sends, replies: report.series.replies }}
          simulation={{ contacts: simulation.contacts, bucketMs: simulated.hourMs, sends: simulated.sends, replies: simulated.replies }}
        />
      )}
    </>
  );
}
