import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LEGACY_MESSAGING_LIMIT_TIERS,
  MESSAGING_LIMIT_TIERS,
  messagingLimitTiersAt,
  nextMessagingLimit,
  qualifiesForAutomaticScaling,
  uniqueContactsAllowed,
} from '../../../core/whatsapp/messaging-limits';
import { UniqueContactCounter, type UniqueContactDecision } from '../../../core/whatsapp/unique-contact-counter';

const H = 3_600_000;
const DAY = 24 * H;

describe('tiers', () => {
  it('follows the portfolio ladder from 2025-10-07', () => {
    expect(MESSAGING_LIMIT_TIERS).toEqual([250, 2_000, 10_000, 100_000, null]);
    expect(messagingLimitTiersAt(Date.UTC(2025, 9, 7))).toBe(MESSAGING_LIMIT_TIERS);
    expect(messagingLimitTiersAt(Date.UTC(2025, 9, 6, 23))).toBe(LEGACY_MESSAGING_LIMIT_TIERS);
  });

  it.each<[number | null, number | null | undefined]>([
    [250, 2_000],
    [2_000, 10_000],
    [100_000, null],
    [1_000, 2_000],
    [null, undefined],
  ])('next after %s is %s', (limit, next) => {
    expect(nextMessagingLimit(limit)).toBe(next);
  });

  it('turns a limit into a count of unique contacts', () => {
    expect(uniqueContactsAllowed(250)).toBe(250);
    expect(uniqueContactsAllowed(null)).toBe(Number.POSITIVE_INFINITY);
  });

  it.each<[number | null, number, 'GREEN' | 'YELLOW' | 'RED', boolean]>([
    [2_000, 1_000, 'GREEN', true],
    [2_000, 999, 'GREEN', false],
    [10_000, 5_000, 'YELLOW', true],
    [10_000, 9_000, 'RED', false],
    [250, 250, 'GREEN', false],
    [null, 1e9, 'GREEN', false],
  ])('limit %s, %s contacts in 7 days, %s: scales %s', (limit, uniqueContactsLast7Days, quality, expected) => {
    expect(qualifiesForAutomaticScaling({ limit, uniqueContactsLast7Days, quality })).toBe(expected);
  });
});

describe('UniqueContactCounter', () => {
  it('counts unique contacts, not messages, and says when a slot frees', () => {
    const counter = new UniqueContactCounter(2);
    expect(counter.add('a', 0)).toEqual({ allowed: true, newContact: true });
    expect(counter.add('a', H)).toEqual({ allowed: true, newContact: false });
    expect(counter.add('b', 2 * H)).toEqual({ allowed: true, newContact: true });
    // 'a' last got a message at 1 h, so it leaves the window at 25 h.
    expect(counter.add('c', 3 * H)).toEqual({ allowed: false, retryAt: 25 * H });
    expect(counter.check('c', 25 * H - 1).allowed).toBe(false);
    expect(counter.add('c', 25 * H)).toEqual({ allowed: true, newContact: true });
    expect(counter.count(25 * H)).toBe(2);
  });

  it('never refuses with an unlimited limit, and always refuses with 0', () => {
    const unlimited = new UniqueContactCounter(null);
    for (let i = 0; i < 1000; i++) expect(unlimited.add(`c${i}`, i).allowed).toBe(true);
    expect(new UniqueContactCounter(0).add('a', 0)).toEqual({ allowed: false, retryAt: Number.POSITIVE_INFINITY });
  });

  it('takes a raised limit at once', () => {
    const counter = new UniqueContactCounter(1);
    counter.add('a', 0);
    expect(counter.check('b', 1).allowed).toBe(false);
    counter.setLimit(2);
    expect(counter.add('b', 1).allowed).toBe(true);
  });

  it('refuses time going backwards', () => {
    const counter = new UniqueContactCounter(1);
    counter.add('a', 10);
    expect(() => counter.add('b', 9)).toThrow(RangeError);
  });

  it('handles a large audience quickly', () => {
    const counter = new UniqueContactCounter(100_000);
    let allowed = 0;
    for (let i = 0; i < 300_000; i++) if (counter.add(`c${i % 150_000}`, i * 1000).allowed) allowed++;
    expect(allowed).toBeGreaterThan(100_000);
  });

  /** The rule, written the slow and obvious way: scan every accepted message. */
  function naive(limit: number, period: number) {
    const accepted: { contact: string; at: number }[] = [];
    return (contact: string, at: number): UniqueContactDecision => {
      const last = new Map<string, number>();
      for (const m of accepted) if (m.at + period > at) last.set(m.contact, Math.max(last.get(m.contact) ?? -Infinity, m.at));
      let decision: UniqueContactDecision;
      if (last.has(contact)) decision = { allowed: true, newContact: false };
      else if (last.size < limit) decision = { allowed: true, newContact: true };
      else decision = { allowed: false, retryAt: Math.min(...last.values()) + period };
      if (decision.allowed) accepted.push({ contact, at });
      return decision;
    };
  }

  it('agrees with the naive model, and never allows more than the limit in any 24 h span', () => {
    const step = fc.record({
      contact: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      gap: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 30 }).map((h) => h * H), fc.constantFrom(DAY - 1, DAY, DAY + 1)),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.array(step, { maxLength: 60 }), (limit, steps) => {
        const counter = new UniqueContactCounter(limit);
        const model = naive(limit, DAY);
        const accepted: { contact: string; at: number }[] = [];
        let at = 0;
        for (const { contact, gap } of steps) {
          at += gap;
          const got = counter.add(contact, at);
          expect(got).toEqual(model(contact, at));
          if (got.allowed) accepted.push({ contact, at });
          else expect(got.retryAt).toBeGreaterThan(at);
        }
        for (const end of accepted) {
          const inSpan = new Set(accepted.filter((m) => m.at > end.at - DAY && m.at <= end.at).map((m) => m.contact));
          expect(inSpan.size).toBeLessThanOrEqual(limit);
        }
      }),
    );
  });
});
