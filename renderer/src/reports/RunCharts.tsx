/**
 * A run's charts, the simulation's own (renderer/src/charts): a funnel per message step from
 * the run's counts, and from its report the running totals over time, the cost by category
 * and by market, and errors by Meta code. The funnels follow the steps of the journey revision
 * the run froze (the report carries it), so an edit since the run neither drops nor invents one.
 */
import type { HostValue, RunSnapshot } from '../../../core/api/host-api';
import { OutcomeCharts } from '../charts/SimulationCharts';

export function RunCharts({ run, report, width = 320 }: { run: RunSnapshot; report: HostValue<'runs:report'>; width?: number }) {
  return (
    <div className="report-charts" data-testid="run-charts">
      <OutcomeCharts journey={report.journey} outcome={{ nodes: run.nodes, errors: run.errors, cost: report.cost, buckets: report.series }} width={width} />
    </div>
  );
}
