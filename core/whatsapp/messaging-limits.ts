/**
 * Messaging limits: how many unique users business-initiated messages (templates sent outside
 * a customer service window) may reach in a moving 24 hours. Replies inside a window do not
 * count. Since 2025-10-07 the limit belongs to the business portfolio and is shared by all of
 * its numbers. Sources: whatsapp-rules.md §5.3 ([Meta] messaging-limits.md,
 * upcoming-messaging-limits-changes.md).
 */

/** A messaging limit: unique users per rolling 24 hours, null for unlimited (as `Channel.messagingLimit`). */
export type MessagingLimit = number | null;

/** The date the portfolio-level model started (tiers 250 → 2K → 10K → 100K → unlimited). */
export const PORTFOLIO_LIMITS_SINCE = Date.UTC(2025, 9, 7);

/** Tiers since 2025-10-07: 250 for a new portfolio, 2,000 after a scaling path, then automatic. */
export const MESSAGING_LIMIT_TIERS: readonly MessagingLimit[] = [250, 2_000, 10_000, 100_000, null];

/** Per-number tiers from about 2023 to 2025-10-06 (1K where the portfolio model has 2K). */
export const LEGACY_MESSAGING_LIMIT_TIERS: readonly MessagingLimit[] = [250, 1_000, 10_000, 100_000, null];

/** The rolling period of a messaging limit: 24 hours. */
export const MESSAGING_LIMIT_PERIOD_MS = 24 * 3_600_000;

/** Automatic scaling looks at the last 7 days… */
export const SCALING_LOOKBACK_MS = 7 * 24 * 3_600_000;
/** …and moves up a tier once at least half the limit was used in them… */
export const SCALING_USAGE_SHARE = 0.5;
/** …checking every 6 hours since 2025-10-07 (every 24 hours before). */
export const SCALING_CHECK_INTERVAL_MS = 6 * 3_600_000;

/** The tier ladder in force at `at` (epoch ms). */
export function messagingLimitTiersAt(at: number): readonly MessagingLimit[] {
  return at >= PORTFOLIO_LIMITS_SINCE ? MESSAGING_LIMIT_TIERS : LEGACY_MESSAGING_LIMIT_TIERS;
}

/** Unique contacts a limit allows per rolling 24 hours; `Infinity` for unlimited (null). */
export function uniqueContactsAllowed(limit: MessagingLimit): number {
  return limit === null ? Number.POSITIVE_INFINITY : Math.max(0, Math.floor(limit));
}

/**
 * The next tier up from `limit` in `tiers`, or null when already unlimited. A limit between
 * tiers (a custom channel figure) moves to the first tier above it.
 */
export function nextMessagingLimit(limit: MessagingLimit, tiers: readonly MessagingLimit[] = MESSAGING_LIMIT_TIERS): MessagingLimit | undefined {
  if (limit === null) return undefined;
  return tiers.find((tier) => tier === null || tier > limit);
}

/**
 * Whether automatic scaling would raise `limit` (portfolio model): quality not RED (Meta
 * requires a medium or high rating; the exact review is Meta's) and at least half the limit
 * reached as unique users in the last 7 days. 250 → 2,000 is not automatic: it needs a scaling
 * path (business verification, or 2,000 delivered templates to unique users in 30 days).
 */
export function qualifiesForAutomaticScaling(input: {
  limit: MessagingLimit;
  uniqueContactsLast7Days: number;
  quality: 'GREEN' | 'YELLOW' | 'RED';
}): boolean {
  const { limit, uniqueContactsLast7Days, quality } = input;
  if (limit === null || limit < 2_000 || quality === 'RED') return false;
  return uniqueContactsLast7Days >= limit * SCALING_USAGE_SHARE;
}
