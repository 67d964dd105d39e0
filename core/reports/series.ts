/**
 * Sends, deliveries, reads and replies over time, counted per bucket from a start time as the
 * simulator counts its hourly series (core/sim counters: a message counts in the bucket of its
 * event, events before the start in the first), so one chart draws a run and a simulation.
 *
 * A run in the sandbox can finish in a minute, where hourly buckets would draw one point: the
 * collector counts per minute and {@link SeriesCollector.series} merges minutes into the
 * smallest bucket of {@link SERIES_BUCKETS_MS} that keeps the chart under
 * {@link MAX_SERIES_BUCKETS} points, never coarser than the simulator's hour.
 */
import type { ReportEvent } from './events';
import { MessageKeys } from './message-key';

const MINUTE_MS = 60_000;
export const HOUR_BUCKET_MS = 60 * MINUTE_MS;
export const SERIES_BUCKETS_MS = [MINUTE_MS, 5 * MINUTE_MS, 15 * MINUTE_MS, HOUR_BUCKET_MS] as const;
export const MAX_SERIES_BUCKETS = 180;

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

type Counted = 'sends' | 'deliveries' | 'reads';
const COUNTED: Partial<Record<ReportEvent['type'], Counted>> = { sent: 'sends', delivered: 'deliveries', read: 'reads' };

export class SeriesCollector {
  private readonly minutes: Record<Counted | 'replies', number[]> = { sends: [], deliveries: [], reads: [], replies: [] };
  /** Messages answered already (by MessageKeys): only a first answer is a reply. */
  private readonly answered = new Set<number>();
  private readonly keys = new MessageKeys();

  constructor(private readonly start: number) {}

  /** One report event, statuses already deduplicated (ReportBuilder). */
  add(e: ReportEvent): void {
    const counted = COUNTED[e.type];
    if (counted !== undefined) return this.bump(this.minutes[counted], e.at);
    if ((e.type === 'reply' || e.type === 'button') && e.node !== undefined) {
      const key = this.keys.key(e.contact, e.node);
      if (this.answered.has(key)) return;
      this.answered.add(key);
      this.bump(this.minutes.replies, e.at);
    }
  }

  private bump(series: number[], at: number): void {
    const minute = Math.max(0, Math.floor((at - this.start) / MINUTE_MS));
    while (series.length <= minute) series.push(0);
    series[minute] = (series[minute] as number) + 1;
  }

  series(): TimeSeries {
    const { sends, deliveries, reads, replies } = this.minutes;
    const minutes = Math.max(sends.length, deliveries.length, reads.length, replies.length);
    const bucketMs = SERIES_BUCKETS_MS.find((ms) => Math.ceil((minutes * MINUTE_MS) / ms) <= MAX_SERIES_BUCKETS) ?? HOUR_BUCKET_MS;
    const merge = (series: number[]) => mergeBuckets(series, bucketMs / MINUTE_MS, minutes);
    return {
      start: new Date(this.start).toISOString(),
      bucketMs,
      sends: merge(sends),
      deliveries: merge(deliveries),
      reads: merge(reads),
      replies: merge(replies),
    };
  }
}

/** Sums of `factor` consecutive counts, over `length` counts (missing ones are zero). */
function mergeBuckets(counts: readonly number[], factor: number, length: number): number[] {
  const merged = new Array<number>(Math.ceil(length / factor)).fill(0);
  counts.forEach((n, i) => {
    const bucket = Math.floor(i / factor);
    merged[bucket] = (merged[bucket] as number) + n;
  });
  return merged;
}
