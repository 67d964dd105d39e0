/**
 * The customer service window (permission) and the free entry point (price): two different
 * clocks that are easy to confuse.
 *
 * - The **customer service window** decides what may be sent. Each inbound message from the
 *   user opens or resets a 24-hour window; inside it any message may be sent, outside it only
 *   templates. Outbound messages never open or extend it, templates included.
 * - The **free entry point** decides only what a message costs. After a user writes in from a
 *   Click-to-WhatsApp ad or a Page call-to-action, a business reply within 24 hours starts
 *   72 hours in which every message is free. It does **not** allow free-form messages after
 *   the 24-hour window closes: that needs a new inbound message. Hence the `Pricing` in its names.
 *
 * Sources: whatsapp-rules.md §3 ([Meta] send-messages "Service messages"; 360dialog, hapana,
 * kap.so pricing). All times are epoch milliseconds, passed in by the caller.
 */

const HOUR_MS = 3_600_000;

/** Length of the customer service window after each inbound message: 24 hours. */
export const CUSTOMER_SERVICE_WINDOW_MS = 24 * HOUR_MS;

/** How long after an ad entry the business may reply to start the free entry point: 24 hours. */
export const FREE_ENTRY_POINT_REPLY_DEADLINE_MS = 24 * HOUR_MS;

/** Length of the free entry point pricing window, from the business's reply: 72 hours. */
export const FREE_ENTRY_POINT_PRICING_MS = 72 * HOUR_MS;

/** Default notice before a window closes, below which it is reported `closing`. */
export const DEFAULT_CLOSING_NOTICE_MS = 2 * HOUR_MS;

/** Where a customer service window stands at a given time. */
export type WindowState =
  | { state: 'open' | 'closing'; expiresAt: number; remainingMs: number }
  | { state: 'closed'; expiresAt: number | null; remainingMs: 0 };

/** When the window opened by `lastInboundAt` closes (exclusive), or null with no inbound message. */
export function customerServiceWindowExpiresAt(lastInboundAt: number | null | undefined): number | null {
  return lastInboundAt === null || lastInboundAt === undefined ? null : lastInboundAt + CUSTOMER_SERVICE_WINDOW_MS;
}

/**
 * The customer service window at `now`, from the user's last inbound message (null: never
 * wrote). It is open from the inbound message (inclusive) for 24 hours (exclusive);
 * `closing` is open with less than `closingNoticeMs` left. An inbound time after `now` (a
 * message that has not arrived yet) leaves the window closed.
 */
export function windowState(
  lastInboundAt: number | null | undefined,
  now: number,
  closingNoticeMs: number = DEFAULT_CLOSING_NOTICE_MS,
): WindowState {
  const expiresAt = customerServiceWindowExpiresAt(lastInboundAt);
  if (expiresAt === null || lastInboundAt === null || lastInboundAt === undefined) {
    return { state: 'closed', expiresAt: null, remainingMs: 0 };
  }
  if (now < lastInboundAt || now >= expiresAt) return { state: 'closed', expiresAt, remainingMs: 0 };
  const remainingMs = expiresAt - now;
  return { state: remainingMs < closingNoticeMs ? 'closing' : 'open', expiresAt, remainingMs };
}

/** Whether a free-form (non-template) message may be sent at `now`. */
export function isCustomerServiceWindowOpen(lastInboundAt: number | null | undefined, now: number): boolean {
  return windowState(lastInboundAt, now).state !== 'closed';
}

/** A span of time, `start` inclusive, `end` exclusive. */
export interface TimeSpan {
  start: number;
  end: number;
}

/**
 * The free entry point **pricing** window started by a business reply, or null when there is
 * none: the reply came before the ad entry or 24 hours or more after it. Pricing only: it
 * never makes a free-form message allowed (see {@link isCustomerServiceWindowOpen}).
 */
export function freeEntryPointPricingWindow(adEntryAt: number, businessReplyAt: number): TimeSpan | null {
  if (businessReplyAt < adEntryAt || businessReplyAt >= adEntryAt + FREE_ENTRY_POINT_REPLY_DEADLINE_MS) return null;
  return { start: businessReplyAt, end: businessReplyAt + FREE_ENTRY_POINT_PRICING_MS };
}

/** Whether `at` falls in a free entry point pricing window (null: none). Price only, not permission. */
export function isInsideFreeEntryPointPricing(span: TimeSpan | null | undefined, at: number): boolean {
  return span !== null && span !== undefined && at >= span.start && at < span.end;
}

/**
 * The two clocks of one (business number, user) pair, kept by the simulator and the executor.
 * Update it with {@link recordInbound} and {@link recordBusinessMessage}; never mutate it.
 */
export interface ConversationClock {
  /** Last inbound message from the user: the customer service window runs from here. */
  lastInboundAt: number | null;
  /** Last inbound message that came from an ad or Page call-to-action, awaiting a reply. */
  adEntryAt: number | null;
  /** The free entry point pricing window, once the business replied in time. */
  freeEntryPointPricing: TimeSpan | null;
}

/** A pair that has never exchanged a message. */
export const NEW_CONVERSATION_CLOCK: ConversationClock = { lastInboundAt: null, adEntryAt: null, freeEntryPointPricing: null };

/**
 * The clock after an inbound message at `at`. Every inbound message resets the customer
 * service window; one from an ad (a `referral` in the webhook; app users only) also arms the
 * free entry point, unless a pricing window is already running.
 */
export function recordInbound(clock: ConversationClock, at: number, fromAd = false): ConversationClock {
  const pricingRunning = isInsideFreeEntryPointPricing(clock.freeEntryPointPricing, at);
  return {
    lastInboundAt: clock.lastInboundAt === null ? at : Math.max(clock.lastInboundAt, at),
    adEntryAt: fromAd && !pricingRunning ? at : clock.adEntryAt,
    freeEntryPointPricing: clock.freeEntryPointPricing,
  };
}

/**
 * The clock after the business sends any message at `at`. It never touches the customer
 * service window (outbound messages do not open it); the first reply within 24 hours of an ad
 * entry starts the 72-hour free entry point pricing window.
 */
export function recordBusinessMessage(clock: ConversationClock, at: number): ConversationClock {
  if (clock.adEntryAt === null) return clock;
  const span = freeEntryPointPricingWindow(clock.adEntryAt, at);
  if (span === null) return at >= clock.adEntryAt ? { ...clock, adEntryAt: null } : clock;
  return { ...clock, adEntryAt: null, freeEntryPointPricing: span };
}
