/**
 * The simulator's event queue: a binary min-heap kept in two flat typed arrays, event times
 * (Float64Array) and payloads (Int32Array, an index into the event pool). No object per
 * event, so pushing and popping millions of events makes no garbage; a heap of objects is
 * about ten times slower at this size. Ties pop in an order fixed by the push sequence, which
 * is all determinism needs.
 */
export class EventHeap {
  private times: Float64Array;
  private items: Int32Array;
  private count = 0;
  /** The most events ever queued at once. */
  peak = 0;

  constructor(capacity = 1024) {
    this.times = new Float64Array(Math.max(2, capacity));
    this.items = new Int32Array(Math.max(2, capacity));
  }

  get size(): number {
    return this.count;
  }

  /** The earliest time queued; Infinity when empty. */
  peekTime(): number {
    return this.count > 0 ? (this.times[0] as number) : Number.POSITIVE_INFINITY;
  }

  push(time: number, item: number): void {
    if (this.count === this.times.length) this.grow();
    const times = this.times;
    const items = this.items;
    let i = this.count++;
    if (this.count > this.peak) this.peak = this.count;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const parentTime = times[parent] as number;
      if (parentTime <= time) break;
      times[i] = parentTime;
      items[i] = items[parent] as number;
      i = parent;
    }
    times[i] = time;
    items[i] = item;
  }

  /** Removes the earliest event and returns its payload. The heap must not be empty. */
  pop(): number {
    const times = this.times;
    const items = this.items;
    const top = items[0] as number;
    const n = --this.count;
    if (n > 0) {
      const time = times[n] as number;
      const item = items[n] as number;
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= n) break;
        const right = child + 1;
        if (right < n && (times[right] as number) < (times[child] as number)) child = right;
        if ((times[child] as number) >= time) break;
        times[i] = times[child] as number;
        items[i] = items[child] as number;
        i = child;
      }
      times[i] = time;
      items[i] = item;
    }
    return top;
  }

  private grow(): void {
    const times = new Float64Array(this.times.length * 2);
    const items = new Int32Array(this.items.length * 2);
    times.set(this.times);
    items.set(this.items);
    this.times = times;
    this.items = items;
  }
}
