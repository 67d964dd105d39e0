/**
 * A first-in first-out queue of sends waiting for room (the messaging limit) or for a
 * throughput slot: contact, message node and template in a growable ring of typed arrays.
 */
export class SendQueue {
  private contacts: Int32Array;
  private nodes: Int32Array;
  private templates: Int32Array;
  private head = 0;
  private count = 0;

  constructor(capacity = 256) {
    this.contacts = new Int32Array(capacity);
    this.nodes = new Int32Array(capacity);
    this.templates = new Int32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  push(contact: number, node: number, template: number): void {
    if (this.count === this.contacts.length) this.grow();
    const at = (this.head + this.count) % this.contacts.length;
    this.contacts[at] = contact;
    this.nodes[at] = node;
    this.templates[at] = template;
    this.count++;
  }

  /** The contact of the first send (the queue must not be empty). */
  peekContact(): number {
    return this.contacts[this.head] as number;
  }

  peekNode(): number {
    return this.nodes[this.head] as number;
  }

  peekTemplate(): number {
    return this.templates[this.head] as number;
  }

  /** Drops the first send. */
  shift(): void {
    this.head = (this.head + 1) % this.contacts.length;
    this.count--;
  }

  private grow(): void {
    const size = this.contacts.length * 2;
    const unroll = (old: Int32Array): Int32Array => {
      const next = new Int32Array(size);
      for (let k = 0; k < this.count; k++) next[k] = old[(this.head + k) % old.length] as number;
      return next;
    };
    this.contacts = unroll(this.contacts);
    this.nodes = unroll(this.nodes);
    this.templates = unroll(this.templates);
    this.head = 0;
  }
}
