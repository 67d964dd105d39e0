/**
 * The two clocks of a contact (core/whatsapp/window.ts: the customer service window decides
 * what may be sent, the free entry point only what it costs), kept in a {@link ContactTable}
 * row instead of a `ConversationClock` object so that a million contacts cost no garbage.
 * The rules themselves are window.ts's; this file only reads and writes the columns.
 */
import {
  CUSTOMER_SERVICE_WINDOW_MS,
  freeEntryPointPricingWindow,
  isCustomerServiceWindowOpen,
} from '../whatsapp/window';
import type { ContactTable } from './contact-table';

function orNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}

/** An inbound message from contact `i` at `at`: resets the window, and arms the free entry point from an ad. */
export function recordInbound(table: ContactTable, i: number, at: number, fromAd: boolean): void {
  // Events come in time order and `at` is now, so this message is the latest one: a later
  // recorded time can only be an imported `last_inbound_at` dated after the run's start,
  // which has not happened yet (window.ts would keep it and see the window closed).
  table.lastInboundAt[i] = at;
  // A new ad entry while a free window runs does not restart it (window.ts recordInbound).
  if (fromAd && !(at < (table.freeUntil[i] as number))) table.adEntryAt[i] = at;
}

/** A message from the business to contact `i` at `at`: the first reply within 24 h of an ad entry starts 72 free hours. */
export function recordBusinessMessage(table: ContactTable, i: number, at: number): void {
  const adEntryAt = table.adEntryAt[i] as number;
  if (Number.isNaN(adEntryAt)) return;
  const span = freeEntryPointPricingWindow(adEntryAt, at);
  if (span !== null) {
    table.freeUntil[i] = span.end;
    table.adEntryAt[i] = Number.NaN;
  } else if (at >= adEntryAt) {
    table.adEntryAt[i] = Number.NaN;
  }
}

/** Whether contact `i`'s customer service window is open at `at` (free-form messages allowed). */
export function serviceWindowOpen(table: ContactTable, i: number, at: number): boolean {
  return isCustomerServiceWindowOpen(orNull(table.lastInboundAt[i] as number), at);
}

/** When contact `i`'s customer service window closes, NaN when it never opened. */
export function serviceWindowUntil(table: ContactTable, i: number): number {
  return (table.lastInboundAt[i] as number) + CUSTOMER_SERVICE_WINDOW_MS;
}

/**
 * Whether a business message to contact `i` at `at` is inside a free entry point window: one
 * already running, or one this very message starts (a reply within 24 h of an ad entry).
 */
export function insideFreeEntryPoint(table: ContactTable, i: number, at: number): boolean {
  if (at < (table.freeUntil[i] as number)) return true;
  const adEntryAt = table.adEntryAt[i] as number;
  return !Number.isNaN(adEntryAt) && freeEntryPointPricingWindow(adEntryAt, at) !== null;
}
