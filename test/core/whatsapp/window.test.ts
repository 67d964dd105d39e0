import { describe, expect, it } from 'vitest';
import {
  CUSTOMER_SERVICE_WINDOW_MS,
  freeEntryPointPricingWindow,
  isCustomerServiceWindowOpen,
  isInsideFreeEntryPointPricing,
  NEW_CONVERSATION_CLOCK,
  recordBusinessMessage,
  recordInbound,
  windowState,
} from '../../../core/whatsapp/window';

const H = 3_600_000;
const T0 = Date.UTC(2026, 2, 1, 9);

describe('windowState', () => {
  it.each<[string, number | null, number, string, number]>([
    ['never wrote', null, T0, 'closed', 0],
    ['just wrote', T0, T0, 'open', 24 * H],
    ['wrote 10 h ago', T0, T0 + 10 * H, 'open', 14 * H],
    ['wrote 23 h ago: closing', T0, T0 + 23 * H, 'closing', 1 * H],
    ['exactly 24 h later: closed', T0, T0 + 24 * H, 'closed', 0],
    ['a message not arrived yet', T0 + H, T0, 'closed', 0],
  ])('%s', (_label, lastInboundAt, now, state, remainingMs) => {
    const s = windowState(lastInboundAt, now);
    expect(s.state).toBe(state);
    expect(s.remainingMs).toBe(remainingMs);
  });

  it('reports when the window closes, and takes its closing notice as a parameter', () => {
    expect(windowState(T0, T0 + 20 * H)).toEqual({ state: 'open', expiresAt: T0 + CUSTOMER_SERVICE_WINDOW_MS, remainingMs: 4 * H });
    expect(windowState(T0, T0 + 20 * H, 5 * H).state).toBe('closing');
  });
});

describe('free entry point (pricing only)', () => {
  it.each<[string, number, { start: number; end: number } | null]>([
    ['reply an hour after the ad', T0 + H, { start: T0 + H, end: T0 + 73 * H }],
    ['reply just before 24 h', T0 + 24 * H - 1, { start: T0 + 24 * H - 1, end: T0 + 96 * H - 1 }],
    ['reply at 24 h: too late', T0 + 24 * H, null],
    ['reply before the ad', T0 - 1, null],
  ])('%s', (_label, replyAt, expected) => {
    expect(freeEntryPointPricingWindow(T0, replyAt)).toEqual(expected);
  });

  it('never opens the customer service window: 48 h after an ad entry, messages are free but free-form is refused', () => {
    let clock = recordInbound(NEW_CONVERSATION_CLOCK, T0, true);
    clock = recordBusinessMessage(clock, T0 + H);
    const at = T0 + 48 * H;
    expect(isInsideFreeEntryPointPricing(clock.freeEntryPointPricing, at)).toBe(true);
    expect(isCustomerServiceWindowOpen(clock.lastInboundAt, at)).toBe(false);
  });
});

describe('ConversationClock', () => {
  it('is opened and reset only by inbound messages', () => {
    let clock = recordBusinessMessage(NEW_CONVERSATION_CLOCK, T0);
    expect(clock).toEqual(NEW_CONVERSATION_CLOCK);
    clock = recordInbound(clock, T0 + H);
    clock = recordBusinessMessage(clock, T0 + 20 * H);
    expect(windowState(clock.lastInboundAt, T0 + 25 * H + 1).state).toBe('closed');
    clock = recordInbound(clock, T0 + 30 * H);
    expect(windowState(clock.lastInboundAt, T0 + 50 * H).state).toBe('open');
  });

  it('starts the free entry point only on the first reply within 24 h of an ad entry', () => {
    const entered = recordInbound(NEW_CONVERSATION_CLOCK, T0, true);
    expect(recordBusinessMessage(entered, T0 + 25 * H)).toEqual({ lastInboundAt: T0, adEntryAt: null, freeEntryPointPricing: null });
    const replied = recordBusinessMessage(entered, T0 + 2 * H);
    expect(replied.freeEntryPointPricing).toEqual({ start: T0 + 2 * H, end: T0 + 74 * H });
    expect(recordBusinessMessage(replied, T0 + 3 * H)).toBe(replied);
  });

  it('ignores an ad entry while a free entry point is running, and plain inbound never arms one', () => {
    let clock = recordBusinessMessage(recordInbound(NEW_CONVERSATION_CLOCK, T0, true), T0 + H);
    clock = recordInbound(clock, T0 + 10 * H, true);
    expect(clock.adEntryAt).toBeNull();
    expect(recordInbound(NEW_CONVERSATION_CLOCK, T0).adEntryAt).toBeNull();
  });
});
