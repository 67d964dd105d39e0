/**
 * A simulation with its report: the simulator streams every contact's events into the
 * extract and metric collectors, so nothing per contact is kept beyond what the files hold.
 * Same inputs and seed, same result and same extracts (the simulator is deterministic).
 */
import type { QualityRating } from '../journey/channel';
import type { SimulationResult } from '../sim/result';
import { audienceOf, simulate, type SimulationInput, type SimulationOptions } from '../sim/simulate';
import { fromSimEvent, type ReportEvent } from './events';
import { ExtractCollector, extractsOf, type ExtractOptions, type Extracts } from './extracts';
import { MetricsCollector, type ReportMetrics } from './metrics';
import { StatusDedupe } from './status-dedupe';

export interface SimulationReport {
  result: SimulationResult;
  metrics: ReportMetrics;
  extracts: Extracts;
}

/** What else takes the deduplicated events (a run report's series and cost). */
export interface ReportSink {
  add(event: ReportEvent): void;
}

/** Feeds report events to collectors; the shared tail of simulation and run reports. */
export class ReportBuilder {
  readonly extracts: ExtractCollector;
  readonly metrics: MetricsCollector;
  private readonly statuses = new StatusDedupe();

  constructor(
    options: ExtractOptions & { quality?: QualityRating },
    private readonly sinks: readonly ReportSink[] = [],
  ) {
    this.extracts = new ExtractCollector(options);
    this.metrics = new MetricsCollector(options.quality);
  }

  add(event: ReportEvent): void {
    for (const e of this.statuses.accept(event)) {
      this.extracts.add(e);
      this.metrics.add(e);
      for (const sink of this.sinks) sink.add(e);
    }
  }
}

export function simulateWithReport(
  input: SimulationInput,
  options: SimulationOptions & ExtractOptions,
): SimulationReport {
  const audience = audienceOf(input.audience);
  const phoneOf = (c: number): string => audience.get(c).phone;
  const builder = new ReportBuilder({ ...options, quality: input.channel?.quality ?? 'GREEN' });
  const result = simulate(
    { ...input, audience },
    {
      ...options,
      onEvent: (c, at, event, node, detail) => {
        for (const e of fromSimEvent(c, at, event, node, detail, phoneOf)) builder.add(e);
      },
    },
  );
  return { result, metrics: builder.metrics.metrics(), extracts: extractsOf(builder.extracts) };
}
