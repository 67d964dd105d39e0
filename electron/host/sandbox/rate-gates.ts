/**
 * The sandbox's speed limits, as Meta enforces them (whatsapp-rules.md §5.1-5.2):
 * throughput per number (130429 over the messages per second) and the pair rate per user
 * (131056 over about one message every 6 seconds, after a tolerated burst).
 */
import { PAIR_RATE_INTERVAL_MS } from '../../../core/whatsapp';

/**
 * A token bucket: `capacity` tokens, refilled at `perSecond`. Meta measures throughput over
 * short windows and tolerates the jitter of a sender pacing at the limit, which a bucket
 * holding one second's worth models; a strict sliding window would refuse a sender whose
 * requests merely arrive unevenly.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.last = now;
  }

  /** Takes one token at `now`; false when none is left. */
  take(now: number): boolean {
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = Math.max(this.last, now);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Meta's tolerated burst to one user is unverified; this default keeps journeys of a few quick messages clear. */
export const DEFAULT_PAIR_BURST = 10;

/** One bucket per recipient: `burst` messages at once, then one every 6 seconds. */
export class PairRateGate {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(private readonly burst = DEFAULT_PAIR_BURST) {}

  take(recipient: string, now: number): boolean {
    let bucket = this.buckets.get(recipient);
    if (!bucket) {
      bucket = new TokenBucket(this.burst, 1000 / PAIR_RATE_INTERVAL_MS, now);
      this.buckets.set(recipient, bucket);
    }
    return bucket.take(now);
  }
}
