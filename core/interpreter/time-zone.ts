/**
 * Wall-clock arithmetic in an IANA time zone with nothing but `Intl.DateTimeFormat` (pure
 * ECMAScript, available in browsers, workers and Node). `formatToParts` costs microseconds, far
 * too much for a million contacts, so offsets are cached per 15-minute slot: every time zone
 * in use today changes its offset only at a quarter hour (UTC), so the cache is exact.
 */

const MINUTE_MS = 60_000;
const SLOT_MS = 15 * MINUTE_MS;
const DAY_MS = 24 * 60 * MINUTE_MS;
const CACHE_SIZE = 4096; // a power of two: 42 days of 15-minute slots before any slot is reused
// Offsets run from -12 h to +14 h: every instant that shows local time L is within 15 h of L read as UTC.
const OFFSET_REACH_MS = 15 * 60 * MINUTE_MS;

/** Offsets and local times in one time zone, with a cache; build it once with {@link zoneClock}. */
export class ZoneClock {
  private readonly keys = new Float64Array(CACHE_SIZE).fill(Number.NaN);
  private readonly offsets = new Float64Array(CACHE_SIZE);

  private constructor(
    readonly zone: string,
    private readonly format: Intl.DateTimeFormat | null,
  ) {}

  /** A clock for `zone`, or null when the runtime does not know the zone. */
  static create(zone: string): ZoneClock | null {
    if (zone === 'UTC' || zone === 'Etc/UTC') return new ZoneClock('UTC', null);
    try {
      const format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
      return new ZoneClock(zone, format);
    } catch {
      return null;
    }
  }

  /** Local time minus UTC at instant `t` (epoch ms), in ms: +3,600,000 for Paris in winter. */
  offsetAt(t: number): number {
    if (this.format === null) return 0;
    const key = Math.floor(t / SLOT_MS);
    const slot = key & (CACHE_SIZE - 1);
    if (this.keys[slot] === key) return this.offsets[slot] as number;
    const offset = this.computeOffset(key * SLOT_MS);
    this.keys[slot] = key;
    this.offsets[slot] = offset;
    return offset;
  }

  /** Minutes since local midnight at `t` (0 to 1439). */
  minuteOfDay(t: number): number {
    const local = t + this.offsetAt(t);
    return Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS);
  }

  /**
   * The first instant at or after `t` when the local clock shows `minutes` past midnight. On a
   * spring-forward day a time that does not exist is taken just after the gap (02:30 becomes
   * 03:30); on a fall-back day the first of the two instants is taken.
   */
  nextLocalTime(t: number, minutes: number): number {
    const local = t + this.offsetAt(t);
    const dayStart = Math.floor(local / DAY_MS) * DAY_MS;
    for (let day = 0; day < 3; day++) {
      const at = this.localToUtc(dayStart + day * DAY_MS + minutes * MINUTE_MS);
      if (at >= t) return at;
    }
    return t + DAY_MS; // unreachable with real offsets; keeps the function total
  }

  /** The instant at which the local clock shows `local` (local wall time written as UTC ms). */
  localToUtc(local: number): number {
    const before = this.offsetAt(local - OFFSET_REACH_MS);
    const after = this.offsetAt(local + OFFSET_REACH_MS);
    const early = local - before;
    const late = local - after;
    const earlyValid = this.offsetAt(early) === before;
    const lateValid = this.offsetAt(late) === after;
    if (earlyValid && lateValid) return Math.min(early, late);
    if (earlyValid) return early;
    if (lateValid) return late;
    return early; // in a gap: the wall time after the jump
  }

  private computeOffset(t: number): number {
    const parts = (this.format as Intl.DateTimeFormat).formatToParts(t);
    const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const asUtc = Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
    return asUtc - (t - (((t % 1000) + 1000) % 1000));
  }
}

const clocks = new Map<string, ZoneClock | null>();

/**
 * The cached clock of `zone` (one per zone per process: the cache is a pure memo), or null
 * for a zone the runtime does not know.
 */
export function zoneClock(zone: string): ZoneClock | null {
  let clock = clocks.get(zone);
  if (clock === undefined) {
    clock = ZoneClock.create(zone);
    clocks.set(zone, clock);
  }
  return clock;
}

/**
 * Whether the runtime knows `zone` (an IANA name such as Europe/Paris, or one of its aliases):
 * the interpreter's own test, so the validator flags exactly the zones a run would read as UTC.
 */
export function isKnownTimeZone(zone: string): boolean {
  return zoneClock(zone) !== null;
}
