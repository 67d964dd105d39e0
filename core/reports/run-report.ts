/**
 * A run's report from the events its journal holds (`ev` records, in the order applied): the
 * same extracts and metrics as a simulation's, through the same collectors.
 */
import type { ContactEvent } from '../interpreter/types';
import type { QualityRating } from '../journey/channel';
import { fromRunEvent, type PhoneOf } from './events';
import { extractsOf, type ExtractOptions, type Extracts } from './extracts';
import type { ReportMetrics } from './metrics';
import { ReportBuilder } from './simulate-report';

export interface RunReport {
  metrics: ReportMetrics;
  extracts: Extracts;
}

export function reportOfRunEvents(
  records: Iterable<{ c: number; t: number; e: ContactEvent }>,
  phoneOf: PhoneOf,
  options: ExtractOptions & { quality?: QualityRating },
): RunReport {
  const builder = new ReportBuilder(options);
  for (const record of records) for (const e of fromRunEvent(record, phoneOf)) builder.add(e);
  return { metrics: builder.metrics.metrics(), extracts: extractsOf(builder.extracts) };
}
