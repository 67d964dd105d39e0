/**
 * Every chart of a simulation result (or a run report of the same shape), for a journey.
 * Charts appear one per task: drawn all at once they held the main thread for most of a
 * second when a result arrived (bench simulate-ui), and the canvas must stay responsive.
 */
import { useEffect, useState } from 'react';
import type { ReactElement } from 'react';
import type { Journey } from '../../../core/journey';
import type { SimulationResult } from '../../../core/sim';
import { costRows, cumulativeSeries, errorRows, funnels, marketRows } from './chart-data';
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

export function SimulationCharts({ journey, result, width = 300 }: { journey: Pick<Journey, 'nodes'>; result: SimulationResult; width?: number }) {
  const cost = costRows(result.cost);
  const markets = marketRows(result.cost);
  const errors = errorRows(result.errors);
  const charts: ReactElement[] = [
    ...funnels(journey, result.nodes).map((f) => <FunnelChart key={`funnel-${f.node}`} funnel={f} width={width} />),
    <TimeSeriesChart key="series" points={cumulativeSeries(result)} width={width} />,
  ];
  if (cost.length > 0) charts.push(<CostChart key="cost" rows={cost} currency={result.cost.currency} width={width} />);
  if (markets.length > 0) charts.push(<MarketCostChart key="market-cost" rows={markets} currency={result.cost.currency} width={width} />);
  if (errors.length > 0) charts.push(<ErrorsChart key="errors" rows={errors} width={width} />);
  const shown = useRevealed(charts.length);
  return <div className="charts">{charts.slice(0, shown)}</div>;
}
