/**
 * A run's report from the events its journal holds (`ev` records, in the order applied): the
 * same extracts and metrics as a simulation's, through the same collectors, plus what a
 * simulation result carries and a run snapshot lacks: the series over time and the cost.
 */
import type { ContactEvent } from '../interpreter/types';
import type { QualityRating } from '../journey/channel';
import { fromRunEvent } from './events';
import { extractsOf, type ExtractOptions, type Extracts } from './extracts';
import type { ReportMetrics } from './metrics';
import { RunCostCollector, type RunCost, type RunCostInput } from './run-cost';
import { SeriesCollector, type TimeSeries } from './series';
import { ReportBuilder } from './simulate-report';

export interface RunReport {
  metrics: ReportMetrics;
  extracts: Extracts;
  series: TimeSeries;
  cost: RunCost;
}

export interface RunReportInput extends ExtractOptions, RunCostInput {
  quality?: QualityRating;
  /** When the run started (epoch ms): the series count from here. */
  start: number;
}

export function reportOfRunEvents(records: Iterable<{ c: number; t: number; e: ContactEvent }>, input: RunReportInput): RunReport {
  const series = new SeriesCollector(input.start);
  const cost = new RunCostCollector(input);
  const builder = new ReportBuilder(input, [series, cost]);
  const phoneOf = (c: number): string => input.contactOf(c)?.phone ?? '';
  for (const record of records) {
    cost.observe(record.c, record.t, record.e);
    for (const e of fromRunEvent(record, phoneOf)) builder.add(e);
  }
  return { metrics: builder.metrics.metrics(), extracts: extractsOf(builder.extracts), series: series.series(), cost: cost.cost() };
}
