/**
 * Interpreter timers, one first-in first-out lane per node. Every timer a node sets is
 * nondecreasing in the virtual clock (`now` plus the node's duration, the next 10:00, the end
 * of quiet hours, a fixed date), and the clock never goes back, so each lane stays sorted by
 * itself: pushing and popping cost O(1), against O(log n) cache-missing steps in a heap of a
 * million waiting contacts. A small heap orders the lanes by their first timer. A timer that
 * would break its lane's order (none does today) is refused, and the caller uses the heap.
 */
import { EventHeap } from './event-heap';

/** A ring of timers; its length stays a power of two so positions wrap with a mask. */
class Lane {
  times = new Float64Array(64);
  contacts = new Int32Array(64);
  tokens = new Int32Array(64);
  head = 0;
  count = 0;

  tailTime(): number {
    return this.count === 0 ? Number.NEGATIVE_INFINITY : (this.times[(this.head + this.count - 1) & (this.times.length - 1)] as number);
  }

  push(at: number, contact: number, token: number): void {
    if (this.count === this.times.length) this.grow();
    const slot = (this.head + this.count) & (this.times.length - 1);
    this.times[slot] = at;
    this.contacts[slot] = contact;
    this.tokens[slot] = token;
    this.count++;
  }

  private grow(): void {
    const size = this.times.length * 2;
    const times = new Float64Array(size);
    const contacts = new Int32Array(size);
    const tokens = new Int32Array(size);
    for (let k = 0; k < this.count; k++) {
      const from = (this.head + k) & (this.times.length - 1);
      times[k] = this.times[from] as number;
      contacts[k] = this.contacts[from] as number;
      tokens[k] = this.tokens[from] as number;
    }
    this.times = times;
    this.contacts = contacts;
    this.tokens = tokens;
    this.head = 0;
  }
}

export class TimerLanes {
  private readonly lanes: (Lane | undefined)[];
  private readonly heads = new EventHeap(16);
  private queued = 0;
  /** The most timers queued at once. */
  peak = 0;
  /** The contact and token of the timer {@link pop} took. */
  contact = -1;
  token = 0;

  constructor(laneCount: number) {
    this.lanes = new Array<Lane | undefined>(laneCount);
  }

  /** Queues a timer in `lane`; false (nothing queued) when it is earlier than the lane's last. */
  push(lane: number, at: number, contact: number, token: number): boolean {
    let queue = this.lanes[lane];
    if (queue === undefined) {
      queue = new Lane();
      this.lanes[lane] = queue;
    }
    if (at < queue.tailTime()) return false;
    if (queue.count === 0) this.heads.push(at, lane);
    queue.push(at, contact, token);
    if (++this.queued > this.peak) this.peak = this.queued;
    return true;
  }

  /** The earliest queued timer's time; Infinity when none. */
  peekTime(): number {
    return this.heads.peekTime();
  }

  /** Takes the earliest timer into {@link contact} and {@link token}. */
  pop(): void {
    const lane = this.heads.pop();
    const queue = this.lanes[lane] as Lane;
    this.contact = queue.contacts[queue.head] as number;
    this.token = queue.tokens[queue.head] as number;
    queue.head = (queue.head + 1) & (queue.times.length - 1);
    queue.count--;
    this.queued--;
    if (queue.count > 0) this.heads.push(queue.times[queue.head] as number, lane);
  }
}
