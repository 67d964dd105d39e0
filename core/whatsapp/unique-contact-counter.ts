/**
 * A rolling 24-hour counter of unique contacts, enforcing a messaging limit for the simulator
 * and the executor.
 *
 * A contact counts from each business-initiated message it gets until 24 hours after the last
 * one. A message to a contact already counted is always allowed (the limit is on unique
 * users, not messages) and extends its presence. A new contact is allowed while fewer than
 * `limit` contacts are counted; otherwise the answer carries the earliest time one will have
 * left: the oldest counted contact's last message plus 24 hours.
 *
 * Cost: O(1) amortised per call, O(contacts in the window) memory. Times must not go
 * backwards (a simulation runs in time order); an earlier time is a programmer error.
 */
import { MESSAGING_LIMIT_PERIOD_MS, uniqueContactsAllowed, type MessagingLimit } from './messaging-limits';

/** The answer to {@link UniqueContactCounter.add} and {@link UniqueContactCounter.check}. */
export type UniqueContactDecision =
  | { allowed: true; /** whether the contact is new to the window (it takes a slot) */ newContact: boolean }
  | { allowed: false; /** earliest time (epoch ms) a new contact is allowed, all else equal */ retryAt: number };

interface Entry {
  contactId: string;
  at: number;
}

/** See the module comment. */
export class UniqueContactCounter {
  private allowedCount: number;
  private readonly periodMs: number;
  /** Last counted message per contact in the window. */
  private readonly lastAt = new Map<string, number>();
  /** Messages in time order; an entry is stale when its contact has a later one. */
  private readonly queue: Entry[] = [];
  private head = 0;
  private latest = Number.NEGATIVE_INFINITY;

  /** @param limit the messaging limit (null: unlimited); @param periodMs the rolling period, 24 h by default. */
  constructor(limit: MessagingLimit, periodMs: number = MESSAGING_LIMIT_PERIOD_MS) {
    this.allowedCount = uniqueContactsAllowed(limit);
    this.periodMs = periodMs;
  }

  /** Changes the limit from now on, as when Meta scales the portfolio up. */
  setLimit(limit: MessagingLimit): void {
    this.allowedCount = uniqueContactsAllowed(limit);
  }

  /** Whether a message to `contactId` at `at` would be allowed, without recording it. */
  check(contactId: string, at: number): UniqueContactDecision {
    this.advance(at);
    if (this.lastAt.has(contactId)) return { allowed: true, newContact: false };
    if (this.lastAt.size < this.allowedCount) return { allowed: true, newContact: true };
    return { allowed: false, retryAt: this.oldestAt() + this.periodMs };
  }

  /** Records a business-initiated message to `contactId` at `at` if allowed; answers as {@link check}. */
  add(contactId: string, at: number): UniqueContactDecision {
    const decision = this.check(contactId, at);
    if (decision.allowed) {
      this.lastAt.set(contactId, at);
      this.queue.push({ contactId, at });
    }
    return decision;
  }

  /** Unique contacts counted at `at`. */
  count(at: number): number {
    this.advance(at);
    return this.lastAt.size;
  }

  /** Drops contacts whose last message is 24 hours old or more at `at`. */
  private advance(at: number): void {
    if (at < this.latest) {
      throw new RangeError(`UniqueContactCounter: time went backwards (${at} < ${this.latest})`);
    }
    this.latest = at;
    while (this.head < this.queue.length) {
      const entry = this.queue[this.head] as Entry;
      const current = this.lastAt.get(entry.contactId) === entry.at;
      if (current && entry.at + this.periodMs > at) break;
      if (current) this.lastAt.delete(entry.contactId);
      this.head++;
    }
    // Compact now and then so the array does not grow without bound.
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
  }

  /** The oldest counted message; Infinity when none (a limit of 0 never frees a slot). */
  private oldestAt(): number {
    for (let i = this.head; i < this.queue.length; i++) {
      const entry = this.queue[i] as Entry;
      if (this.lastAt.get(entry.contactId) === entry.at) return entry.at;
    }
    return Number.POSITIVE_INFINITY;
  }
}
