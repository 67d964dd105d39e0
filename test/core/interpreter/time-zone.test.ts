import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ZoneClock} from '../../../core/interpreter';
import { zoneClock } from '../../../core/interpreter';

const MIN = 60_000;

describe('ZoneClock', () => {
  const paris = zoneClock('Europe/Paris') as ZoneClock;

  it('knows offsets on both sides of a DST change', () => {
    expect(paris.offsetAt(Date.UTC(2026, 0, 1))).toBe(60 * MIN);
    expect(paris.offsetAt(Date.UTC(2026, 6, 1))).toBe(120 * MIN);
    // Spring forward on 2026-03-29 at 01:00 UTC.
    expect(paris.offsetAt(Date.UTC(2026, 2, 29, 0, 59))).toBe(60 * MIN);
    expect(paris.offsetAt(Date.UTC(2026, 2, 29, 1, 0))).toBe(120 * MIN);
  });

  it('takes a time in the spring-forward gap just after it, and the first of a repeated time', () => {
    const before = Date.UTC(2026, 2, 28, 12);
    // 02:30 does not exist on 2026-03-29 in Paris: 03:30 CEST, that is 01:30 UTC.
    expect(paris.nextLocalTime(before, 150)).toBe(Date.UTC(2026, 2, 29, 1, 30));
    // 02:30 happens twice on 2026-10-25: the first is 00:30 UTC.
    expect(paris.nextLocalTime(Date.UTC(2026, 9, 24, 12), 150)).toBe(Date.UTC(2026, 9, 25, 0, 30));
  });

  it('answers null for an unknown zone, and caches clocks', () => {
    expect(zoneClock('Mars/Olympus')).toBeNull();
    expect(zoneClock('Europe/Paris')).toBe(paris);
  });

  it('nextLocalTime is at or after t, within a day and a gap, and shows the asked time (property)', () => {
    const zones = ['Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'].map((z) => zoneClock(z) as ZoneClock);
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }), fc.integer({ min: 0, max: 1439 }), fc.constantFrom(...zones), (t, minutes, clock) => {
        const next = clock.nextLocalTime(t, minutes);
        expect(next).toBeGreaterThanOrEqual(t);
        expect(next - t).toBeLessThanOrEqual(25 * 60 * MIN);
        const shown = clock.minuteOfDay(next);
        // Equal, except in a DST gap where the time is taken just after the jump.
        expect(shown === minutes || (shown - minutes + 1440) % 1440 <= 60).toBe(true);
      }),
    );
  });
});
