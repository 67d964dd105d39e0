/**
 * Where each contact's current send stands, one byte a contact: nothing pending, queued
 * (waiting for a limiter or a retry), on the wire, its outcome unknown after a timeout
 * (settling: a status webhook echoing its key may still tell), or uncertain (left unknown by
 * a crash, for the user to decide). A contact has at most one send pending: it stands at the
 * message node until Meta answers.
 */
export const SendState = { None: 0, Queued: 1, InFlight: 2, Settling: 3, Uncertain: 4 } as const;
export type SendState = (typeof SendState)[keyof typeof SendState];

export class SendBook {
  readonly state: Uint8Array;
  /** Attempts made of the current send (the journal's `a`). */
  readonly attempts: Uint8Array;
  /** The node of the current send. */
  readonly node: Int32Array;
  readonly uncertain = new Set<number>();
  /** The key generation of the current send, when it was resent after a "never arrived" (rare, so sparse). */
  private readonly generations = new Map<number, number>();
  inFlight = 0;
  /** Sends whose request timed out, waiting for a webhook or the record to settle them. */
  settling = 0;
  /** Sends whose answer came since the last journal commit: not durable yet, so still open on disk. */
  answeredSinceCommit = 0;

  constructor(size: number) {
    this.state = new Uint8Array(size);
    this.attempts = new Uint8Array(size);
    this.node = new Int32Array(size).fill(-1);
  }

  /** Contact `c` starts waiting to send node `node` (a new send: attempts restart). */
  queue(c: number, node: number): void {
    if (this.node[c] !== node) {
      this.attempts[c] = 0;
      this.generations.delete(c);
    }
    this.node[c] = node;
    this.set(c, SendState.Queued);
  }

  set(c: number, state: SendState): void {
    const before = this.state[c];
    if (before === SendState.InFlight) this.inFlight--;
    if (before === SendState.Settling) this.settling--;
    if (state === SendState.Settling) this.settling++;
    const wasOpen = before === SendState.InFlight || before === SendState.Settling || before === SendState.Uncertain;
    if (wasOpen && state !== SendState.Settling && state !== SendState.Uncertain) this.answeredSinceCommit++;
    if (before === SendState.Uncertain) this.uncertain.delete(c);
    this.state[c] = state;
    if (state === SendState.InFlight) this.inFlight++;
    if (state === SendState.Uncertain) this.uncertain.add(c);
  }

  /** The key generation of contact `c`'s current send (journal-records sendKey). */
  generation(c: number): number {
    return this.generations.get(c) ?? 0;
  }

  /** Contact `c`'s current send goes again under a new key: the last one was settled as never arrived. */
  nextGeneration(c: number): void {
    this.generations.set(c, this.generation(c) + 1);
  }

  /** Whether contact `c` has a send to node `node` whose outcome is still open. */
  open(c: number, node: number): boolean {
    return this.node[c] === node && this.state[c] !== SendState.None;
  }
}
