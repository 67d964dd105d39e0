/**
 * Full event timelines for a few chosen contacts (the trainer view replays them). Only the
 * traced contacts cost memory; the check for everyone else is one byte read.
 */
import type { Contact } from '../journey/contact';
import type { Timeline, TimelineEntry } from './result';

export class Timelines {
  private readonly traced: Uint8Array;
  private readonly byContact = new Map<number, TimelineEntry[]>();

  /**
   * @param picks audience rows (numbers) or phone numbers (strings) to trace; unknown ones are ignored.
   */
  constructor(
    private readonly audience: { size: number; get(i: number): Contact },
    picks: readonly (number | string)[],
  ) {
    this.traced = new Uint8Array(audience.size);
    const phones = new Set(picks.filter((p): p is string => typeof p === 'string'));
    for (const pick of picks) {
      if (typeof pick === 'number' && Number.isInteger(pick) && pick >= 0 && pick < audience.size) this.mark(pick);
    }
    if (phones.size > 0) {
      for (let i = 0; i < audience.size; i++) if (phones.has(audience.get(i).phone)) this.mark(i);
    }
  }

  private mark(i: number): void {
    this.traced[i] = 1;
    if (!this.byContact.has(i)) this.byContact.set(i, []);
  }

  /** Whether contact `i` is traced (cheap: call before building an entry). */
  has(i: number): boolean {
    return this.traced[i] === 1;
  }

  add(i: number, at: number, event: string, node?: string, detail?: string | number): void {
    const entry: TimelineEntry = { at: new Date(at).toISOString(), event };
    if (node !== undefined) entry.node = node;
    if (detail !== undefined) entry.detail = String(detail);
    this.byContact.get(i)?.push(entry);
  }

  list(): Timeline[] {
    return [...this.byContact.keys()]
      .sort((a, b) => a - b)
      .map((i) => ({ contact: i, phone: this.audience.get(i).phone, entries: this.byContact.get(i) ?? [] }));
  }
}
