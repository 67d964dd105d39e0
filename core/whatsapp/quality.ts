/**
 * Phone number quality rating (GREEN high, YELLOW medium, RED low), projected from the share
 * of recipients who blocked or reported the business over the last 7 days.
 *
 * Meta rates quality from recent user feedback (blocks, reports, their reasons) over about
 * 7 days, weighted toward recent events, and publishes no thresholds. The thresholds here are
 * an approximation for simulation and warnings, not Meta's figures; the weighting is ignored.
 * Sources: whatsapp-rules.md §5.4 (aliyun, quick-ref; 7-day weighting unverified).
 */
import type { QualityRating } from '../journey/channel';

/** The feedback period quality is computed over: 7 days. */
export const QUALITY_PERIOD_MS = 7 * 24 * 3_600_000;

/** Block-rate thresholds of {@link projectQualityRating}. Approximations, see the module comment. */
export interface QualityThresholds {
  /** Block rate at or above which quality is YELLOW. */
  yellow: number;
  /** Block rate at or above which quality is RED. */
  red: number;
  /** Fewer delivered messages than this tell nothing: the current rating is kept. */
  minDelivered: number;
}

/** Approximate: 1% blocked turns medium, 3% low, judged on 100 delivered messages or more. */
export const DEFAULT_QUALITY_THRESHOLDS: QualityThresholds = { yellow: 0.01, red: 0.03, minDelivered: 100 };

/** Blocks (and reports) per delivered message; 0 with nothing delivered. */
export function blockRate(blocks: number, delivered: number): number {
  return delivered > 0 ? blocks / delivered : 0;
}

/**
 * The rating projected from 7 days of feedback. With too few delivered messages to judge,
 * `current` is kept (GREEN when not given).
 */
export function projectQualityRating(
  feedback: { delivered: number; blocks: number },
  current: QualityRating = 'GREEN',
  thresholds: QualityThresholds = DEFAULT_QUALITY_THRESHOLDS,
): QualityRating {
  if (feedback.delivered < thresholds.minDelivered) return current;
  const rate = blockRate(feedback.blocks, feedback.delivered);
  if (rate >= thresholds.red) return 'RED';
  if (rate >= thresholds.yellow) return 'YELLOW';
  return 'GREEN';
}

/**
 * Delivered messages and blocks over a rolling 7 days, for a simulated channel. Times must not
 * go backwards; O(1) amortised per event.
 */
export class QualityWindow {
  private readonly delivered = new RollingCount(QUALITY_PERIOD_MS);
  private readonly blocks = new RollingCount(QUALITY_PERIOD_MS);

  /** Counts a delivered message at `at`. */
  recordDelivered(at: number): void {
    this.delivered.add(at);
  }

  /** Counts a block or report at `at`. */
  recordBlock(at: number): void {
    this.blocks.add(at);
  }

  /** The counts of the 7 days before `at` (exclusive of events 7 days old or more). */
  feedback(at: number): { delivered: number; blocks: number } {
    return { delivered: this.delivered.count(at), blocks: this.blocks.count(at) };
  }

  /** The projected rating at `at`. */
  rating(at: number, current: QualityRating = 'GREEN', thresholds: QualityThresholds = DEFAULT_QUALITY_THRESHOLDS): QualityRating {
    return projectQualityRating(this.feedback(at), current, thresholds);
  }
}

/** Events in a trailing period; a queue of times with a moving head. */
class RollingCount {
  private readonly times: number[] = [];
  private head = 0;

  constructor(private readonly periodMs: number) {}

  add(at: number): void {
    const last = this.times.at(-1);
    if (last !== undefined && at < last) throw new RangeError(`QualityWindow: time went backwards (${at} < ${last})`);
    this.times.push(at);
  }

  count(at: number): number {
    while (this.head < this.times.length && (this.times[this.head] as number) + this.periodMs <= at) this.head++;
    if (this.head > 1024 && this.head * 2 > this.times.length) {
      this.times.splice(0, this.head);
      this.head = 0;
    }
    return this.times.length - this.head;
  }
}
