/**
 * Sending speed limits: per-number throughput and the per-user pair rate.
 * Sources: whatsapp-rules.md §5.1 ([Meta] throughput page; AWS) and §5.2 (dev.to, Meta).
 */
import type { QualityRating } from '../journey/channel';
import type { MessagingLimit } from './messaging-limits';

/** Default throughput of a Cloud API number, inbound plus outbound: 80 messages per second. */
export const DEFAULT_THROUGHPUT_MPS = 80;
/** Automatic upgrade for numbers at the unlimited messaging limit with medium or high quality. */
export const UPGRADED_THROUGHPUT_MPS = 1_000;
/** Numbers shared with the WhatsApp Business app (coexistence) are fixed at 20. */
export const COEXISTENCE_THROUGHPUT_MPS = 20;

/** About one message every 6 seconds to the same user; more returns 131056 for that pair only. */
export const PAIR_RATE_INTERVAL_MS = 6_000;

/** The throughput Meta grants a number, as a default for a channel's `throughputMps`. */
export function defaultThroughputMps(input: { messagingLimit: MessagingLimit; quality: QualityRating; coexistence?: boolean }): number {
  if (input.coexistence) return COEXISTENCE_THROUGHPUT_MPS;
  if (input.messagingLimit === null && input.quality !== 'RED') return UPGRADED_THROUGHPUT_MPS;
  return DEFAULT_THROUGHPUT_MPS;
}

/**
 * When the next message to the same user may go without hitting the pair rate: `at` itself
 * when allowed, else the previous send plus 6 seconds. Meta tolerates short bursts
 * (unverified figures); this models the steady rate only.
 */
export function pairRateNextAllowedAt(lastSentAt: number | null | undefined, at: number): number {
  if (lastSentAt === null || lastSentAt === undefined) return at;
  return Math.max(at, lastSentAt + PAIR_RATE_INTERVAL_MS);
}

/** The spacing between messages that keeps to a throughput of `mps` messages per second. */
export function throughputSlotMs(mps: number): number {
  return 1_000 / mps;
}
