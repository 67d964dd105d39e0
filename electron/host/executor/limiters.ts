/**
 * The three speed limits a run keeps to before a send leaves (whatsapp-rules.md §5):
 * - throughput: never more than the channel's messages per second in ANY one-second window,
 *   a sliding-window token bucket (a send takes the token the send `rate` sends earlier gave
 *   back one window later). A plain refilling bucket of `rate` tokens would allow twice the
 *   rate across a window boundary, which Meta answers with 130429;
 * - the pair rate, about one message per 6 s to one user (core pairRateNextAllowedAt);
 * - the messaging limit, unique contacts per rolling 24 h (core UniqueContactCounter).
 */
import { countsTowardMessagingLimit } from '../../../core/whatsapp/marketing-caps';
import { uniqueContactsAllowed, type MessagingLimit } from '../../../core/whatsapp/messaging-limits';
import type { PricingCategory } from '../../../core/whatsapp/pricing';
import { pairRateNextAllowedAt } from '../../../core/whatsapp/throughput';
import { UniqueContactCounter } from '../../../core/whatsapp/unique-contact-counter';

/** See the module comment. Times are ms on any monotonic-enough clock. */
export class ThroughputLimiter {
  /** Times of the last `rate` sends, a ring: `ring[head]` is the oldest. */
  private readonly ring: Float64Array;
  private head = 0;
  readonly rate: number;

  /**
   * @param mps messages per second (fractional rates round down, at least 1 per window)
   * @param windowMs the window, 1,000 ms plus a margin for the time a request takes to reach
   *   the server: a window counted where the requests arrive then still holds `rate`.
   */
  constructor(
    mps: number,
    readonly windowMs = 1_000,
  ) {
    this.rate = Math.max(1, Math.floor(mps));
    this.ring = new Float64Array(this.rate).fill(Number.NEGATIVE_INFINITY);
  }

  /** When the next send may go, `now` or later. */
  nextAt(now: number): number {
    return Math.max(now, (this.ring[this.head] as number) + this.windowMs);
  }

  /** Takes a token at `now` if one is free: answers its slot (for {@link stamp}), or -1 when the window is full. */
  tryTake(now: number): number {
    const slot = this.head;
    if ((this.ring[slot] as number) + this.windowMs > now) return -1;
    this.ring[slot] = now;
    this.head = (slot + 1) % this.rate;
    return slot;
  }

  /** Moves the token of `slot` to `at` if later: the send really left then. */
  stamp(slot: number, at: number): void {
    if (slot >= 0 && (this.ring[slot] as number) < at) this.ring[slot] = at;
  }
}

/** The pair rate, per contact row: when each contact was last sent to. */
export class PairRateLimiter {
  private readonly last: Float64Array;

  constructor(contacts: number) {
    this.last = new Float64Array(contacts).fill(Number.NaN);
  }

  /** When a send to contact `c` may go, `now` or later. */
  nextAt(c: number, now: number): number {
    const last = this.last[c] as number;
    return pairRateNextAllowedAt(Number.isNaN(last) ? null : last, now);
  }

  record(c: number, at: number): void {
    this.last[c] = at;
  }
}

/** The messaging limit over contact rows, for business-initiated messages only. */
export class MessagingLimiter {
  /** Null when unlimited: nothing to count, so no contact is remembered for 24 hours. */
  private readonly counter: UniqueContactCounter | null;
  private latest = Number.NEGATIVE_INFINITY;

  constructor(limit: MessagingLimit) {
    this.counter = Number.isFinite(uniqueContactsAllowed(limit)) ? new UniqueContactCounter(limit) : null;
  }

  /**
   * Takes room for a send to contact `c` at `at` of `category` (null: a template that does
   * not exist, which Meta refuses before it reaches anyone). Answers 0 when the send may go,
   * else the earliest time room may come back.
   */
  take(c: number, category: PricingCategory | null, insideServiceWindow: boolean, at: number): number {
    if (this.counter === null || category === null || !countsTowardMessagingLimit({ category, insideServiceWindow })) return 0;
    // The counter wants times in order; wall-clock sends journaled out of order by a few ms
    // (answers racing) count at the latest time seen.
    this.latest = Math.max(this.latest, at);
    const decision = this.counter.add(String(c), this.latest);
    return decision.allowed ? 0 : decision.retryAt;
  }
}
