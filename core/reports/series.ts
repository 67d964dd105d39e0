/**
 * Sends, deliveries, reads and replies over time, counted per bucket from a start time as the
 * simulator counts its hourly series (core/sim counters: a message counts in the bucket of its
 * event, events before the start in the first), so one chart draws a run and a simulation.
 *
 * A run in the sandbox can finish in seconds, where hourly buckets would draw one point: the
 * collector counts per second (over the first {@link FINE_SPAN_MS}) and per minute, and
 * {@link SeriesCollector.series} merges them into the smallest bucket of
 * {@link SERIES_BUCKETS_MS} that keeps the chart under {@link MAX_SERIES_BUCKETS} points,
 * never coarser than the simulator's hour. Memory follows the run's duration, not its events.
 */
import type { ReportEvent } from './events';
import { MessageKeys } from './message-key';

/**
 * The fine counts' step: a sandbox run of 200 contacts can be over in seconds, and Meta's
 * webhooks date statuses and messages in whole seconds, so nothing finer is true.
 */
const SECOND_MS = 1_000;
const FINE_MS = SECOND_MS;
const MINUTE_MS = 60_000;
export const HOUR_BUCKET_MS = 60 * MINUTE_MS;
export const SERIES_BUCKETS_MS = [SECOND_MS, 5 * SECOND_MS, 15 * SECOND_MS, MINUTE_MS, 5 * MINUTE_MS, 15 * MINUTE_MS, HOUR_BUCKET_MS] as const;
export const MAX_SERIES_BUCKETS = 180;
/** Runs shorter than this are drawn from their fine counts (15 s buckets fit it in 180 points). */
const FINE_SPAN_MS = 15 * SECOND_MS * MAX_SERIES_BUCKETS;

/** Counts per bucket: bucket `i` covers [start + i·bucketMs, start + (i+1)·bucketMs). */
export interface TimeSeries {
  /** ISO 8601. */
  start: string;
  bucketMs: number;
  sends: number[];
  deliveries: number[];
  reads: number[];
  /** Messages answered, in the bucket of their first answer (as `replied` counts them). */
  replies: number[];
}

type Series = 'sends' | 'deliveries' | 'reads' | 'replies';
const COUNTED: Partial<Record<ReportEvent['type'], Series>> = { sent: 'sends', delivered: 'deliveries', read: 'reads' };
const empty = (): Record<Series, number[]> => ({ sends: [], deliveries: [], reads: [], replies: [] });

export class SeriesCollector {
  private readonly fine = empty();
  private readonly minutes = empty();
  /** The latest event's time since the start, ms. */
  private latest = 0;
  /** Messages answered already (by MessageKeys): only a first answer is a reply. */
  private readonly answered = new Set<number>();
  private readonly keys = new MessageKeys();

  constructor(private readonly start: number) {}

  /** One report event, statuses already deduplicated (ReportBuilder). */
  add(e: ReportEvent): void {
    const counted = COUNTED[e.type];
    if (counted !== undefined) return this.bump(counted, e.at);
    if ((e.type === 'reply' || e.type === 'button') && e.node !== undefined) {
      const key = this.keys.key(e.contact, e.node);
      if (this.answered.has(key)) return;
      this.answered.add(key);
      this.bump('replies', e.at);
    }
  }

  private bump(series: Series, at: number): void {
    const elapsed = Math.max(0, at - this.start);
    if (elapsed > this.latest) this.latest = elapsed;
    if (elapsed < FINE_SPAN_MS) count(this.fine[series], Math.floor(elapsed / FINE_MS));
    count(this.minutes[series], Math.floor(elapsed / MINUTE_MS));
  }

  series(): TimeSeries {
    const span = this.latest + 1;
    const bucketMs = SERIES_BUCKETS_MS.find((ms) => Math.ceil(span / ms) <= MAX_SERIES_BUCKETS) ?? HOUR_BUCKET_MS;
    const [unit, source] = bucketMs < MINUTE_MS ? [FINE_MS, this.fine] : [MINUTE_MS, this.minutes];
    const length = Math.ceil(span / bucketMs);
    const merge = (series: Series) => mergeBuckets(source[series], bucketMs / unit, length);
    return {
      start: new Date(this.start).toISOString(),
      bucketMs,
      sends: merge('sends'),
      deliveries: merge('deliveries'),
      reads: merge('reads'),
      replies: merge('replies'),
    };
  }
}

function count(series: number[], index: number): void {
  while (series.length <= index) series.push(0);
  series[index] = (series[index] as number) + 1;
}

/** `length` sums of `factor` consecutive counts (missing ones are zero). */
function mergeBuckets(counts: readonly number[], factor: number, length: number): number[] {
  const merged = new Array<number>(length).fill(0);
  counts.forEach((n, i) => {
    const bucket = Math.floor(i / factor);
    merged[bucket] = (merged[bucket] as number) + n;
  });
  return merged;
}
