/**
 * The data of queued events, indexed by a slot number (the heap's payload), with a free list
 * so slots are reused: memory follows the events pending at once, never the events played.
 * One event is four consecutive Int32 (kind and node packed, contact, aux, price), so reading
 * it back costs one cache miss, not one per field.
 */
const STRIDE = 4;
const NODE_BITS = 24;
const NODE_MASK = (1 << NODE_BITS) - 1;

export class EventPool {
  private data: Int32Array;
  private free: Int32Array;
  private freeCount = 0;
  private used = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity * STRIDE);
    this.free = new Int32Array(capacity);
  }

  /**
   * A slot filled with the event's fields. `node` is -1 or below 2^24; `price` is in
   * micro-dollars (an Int32 holds up to $2,147 per message).
   */
  alloc(kind: number, contact: number, node: number, aux: number, price = 0): number {
    let slot: number;
    if (this.freeCount > 0) slot = this.free[--this.freeCount] as number;
    else {
      if (this.used * STRIDE === this.data.length) this.grow();
      slot = this.used++;
    }
    const at = slot * STRIDE;
    const data = this.data;
    data[at] = (kind << NODE_BITS) | (node & NODE_MASK);
    data[at + 1] = contact;
    data[at + 2] = aux;
    data[at + 3] = price;
    return slot;
  }

  kind(slot: number): number {
    return (this.data[slot * STRIDE] as number) >>> NODE_BITS;
  }

  /** The event's node, -1 for none. */
  node(slot: number): number {
    const node = (this.data[slot * STRIDE] as number) & NODE_MASK;
    return node === NODE_MASK ? -1 : node;
  }

  contact(slot: number): number {
    return this.data[slot * STRIDE + 1] as number;
  }

  aux(slot: number): number {
    return this.data[slot * STRIDE + 2] as number;
  }

  price(slot: number): number {
    return this.data[slot * STRIDE + 3] as number;
  }

  release(slot: number): void {
    this.free[this.freeCount++] = slot;
  }

  private grow(): void {
    const data = new Int32Array(this.data.length * 2);
    data.set(this.data);
    this.data = data;
    const free = new Int32Array(this.free.length * 2);
    free.set(this.free);
    this.free = free;
  }
}
