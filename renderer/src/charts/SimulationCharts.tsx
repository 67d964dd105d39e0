/**
 * Every chart of a simulation result or a run's report, for a journey: the same components
 * draw both, so a run reads like the simulation that forecast it.
 * Charts appear one per task: drawn all at once they held the main thread for most of a
 * second when a result arrived (bench simulate-ui), and the canvas must stay responsive.
 */
import { useEffect, useState } from 'react';
import type { ReactElement } from 'react';
import type { Journey } from '../../../core/journey';
import type { SimulationResult } from '../../../core/sim';
import { costRows, cumulativeSeries, errorRows, funnels, marketRows, simulationBuckets, type ChartedOutcome } from './chart-data';
import { CostChart } from './CostChart';
import { ErrorsChart } from './ErrorsChart';
import { FunnelChart } from './FunnelChart';
import { MarketCostChart } from './MarketCostChart';
import { TimeSeriesChart } from './TimeSeriesChart';

/** How many of `total` items to show: one more after each macrotask until all are. */
function useRevealed(total: number): number {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown >= total) return;
    const timer = setTimeout(() => setShown((n) => n + 1), 0);
    return () => clearTimeout(timer);
  }, [shown, total]);
  return Math.min(shown, total);
}

/** Funnels per message step, running totals over time, cost by category and market, errors by Meta code. */
export function OutcomeCharts({ journey, outcome, width = 300 }: { journey: Pick<Journey, 'nodes'>; outcome: ChartedOutcome; width?: number }) {
  const cost = costRows(outcome.cost);
  const markets = marketRows(outcome.cost);
  const errors = errorRows(outcome.errors);
  const charts: ReactElement[] = [
    ...funnels(journey, outcome.nodes).map((f) => <FunnelChart key={`funnel-${f.node}`} funnel={f} width={width} />),
    <TimeSeriesChart key="series" points={cumulativeSeries(outcome.buckets)} width={width} />,
  ];
  if (cost.length > 0) charts.push(<CostChart key="cost" rows={cost} currency={outcome.cost.currency} width={width} />);
  if (markets.length > 0) charts.push(<MarketCostChart key="market-cost" rows={markets} currency={outcome.cost.currency} width={width} />);
  if (errors.length > 0) charts.push(<ErrorsChart key="errors" rows={errors} width={width} />);
  const shown = useRevealed(charts.length);
  return <div className="charts">{charts.slice(0, shown)}</div>;
}

export function SimulationCharts({ journey, result, width = 300 }: { journey: Pick<Journey, 'nodes'>; result: SimulationResult; width?: number }) {
  return <OutcomeCharts journey={journey} outcome={{ nodes: result.nodes, errors: result.errors, cost: result.cost, buckets: simulationBuckets(result) }} width={width} />;
}
