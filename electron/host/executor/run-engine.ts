/**
 * The deterministic heart of a run: contact rows of the core interpreter (a ContactTable, the
 * compact in-memory index of per-contact progress), the per-node counts, and the effects the
 * interpreter asks for handed to the executor. Live execution and journal replay go through
 * the same `apply`, so a resumed run stands exactly where the journal says.
 */
import { applyEvent, ContactTable, MessageStatus, Phase, SKIP_REASONS, type CompiledJourney, type ContactEvent, type EffectSink, type ExitReason, type StepContext } from '../../../core/interpreter';
import type { Contact } from '../../../core/journey/contact';
import { Metric, RunCounters } from '../../../core/sim/counters';
import { Prng } from '../../../core/sim/prng';

/** What the engine asks of the executor around it. */
export interface EngineEffects {
  /** Contact `c` waits at its node for a send: node index `node`. */
  send(c: number, node: number): void;
  /** Contact `c` wants a `timer` event with `token` at `at`. */
  wake(c: number, at: number, token: number): void;
  /** Contact `c` left the journey. */
  exited(c: number): void;
}

/** A contact whose row is known but whose CSV data was released (it left the journey). */
const GONE: Contact = { phone: '+10000000000', whatsappOptIn: false, marketingOptIn: false, attributes: {} };

const STATUS_METRICS: readonly [bit: number, metric: number][] = [
  [MessageStatus.Sent, Metric.sent],
  [MessageStatus.Delivered, Metric.delivered],
  [MessageStatus.Read, Metric.read],
  [MessageStatus.Replied, Metric.replied],
  [MessageStatus.Clicked, Metric.clicked],
  [MessageStatus.Failed, Metric.failed],
];

export class RunEngine implements EffectSink {
  readonly table: ContactTable;
  readonly counters: RunCounters;
  /** Contacts that have left, and the last time anything happened. */
  exitedCount = 0;
  lastAt = 0;
  private current = -1;
  private readonly ctx: StepContext;
  /** `split_random` draws per contact: the n-th draw of contact c is always the same number. */
  private readonly draws: Uint16Array;

  constructor(
    readonly compiled: CompiledJourney,
    readonly size: number,
    private readonly seed: number,
    start: number,
    private readonly contactOf: (c: number) => Contact | undefined,
    private readonly effects: EngineEffects,
  ) {
    this.table = ContactTable.for(compiled, size);
    this.counters = new RunCounters(compiled.ids.length, start, compiled.targets.length);
    this.draws = new Uint16Array(size);
    this.ctx = { now: start, contact: GONE, random: () => this.draw() };
  }

  /** Gives row `c` the contact's consent and service window, before it enters. */
  admit(c: number, contact: Contact): void {
    this.table.initRow(c, contact);
  }

  /** Applies `event` to contact `c` at `t`, counting what changed. */
  apply(c: number, t: number, event: ContactEvent): void {
    const { compiled, table } = this;
    this.current = c;
    this.ctx.now = t;
    this.ctx.contact = this.contactOf(c) ?? GONE;
    if (t > this.lastAt) this.lastAt = t;
    const node = 'node' in event && event.node !== undefined ? (compiled.indexOf.get(event.node) ?? -1) : -1;
    const message = node >= 0 ? (compiled.messageOf[node] as number) : -1;
    const at = message >= 0 ? c * table.messages + message : -1;
    const before = at >= 0 ? (table.status[at] as number) : 0;
    const waitingAt = table.phase[c] === Phase.AwaitingReply ? (table.node[c] as number) : -1;
    applyEvent(compiled, table, c, event, this.ctx, this);
    if (at >= 0) {
      const gained = (table.status[at] as number) & ~before;
      for (const [bit, metric] of STATUS_METRICS) if (gained & bit) this.counters.count(node, metric);
      if (gained & MessageStatus.Failed) this.counters.error(table.failCode[at] as number);
    }
    // Left a wait_for_reply by `replied` (a timeout comes as a timer, never as an inbound).
    if (waitingAt >= 0 && event.type === 'inbound' && (table.phase[c] !== Phase.AwaitingReply || table.node[c] !== waitingAt)) {
      this.counters.count(waitingAt, Metric.replied);
    }
  }

  /** Runs `fn` with the interpreter's context and sink set for contact `c` at `t` (a check outside an event). */
  withContext(c: number, t: number, fn: (ctx: StepContext, sink: EffectSink) => void): void {
    this.current = c;
    this.ctx.now = t;
    this.ctx.contact = this.contactOf(c) ?? GONE;
    fn(this.ctx, this);
  }

  private draw(): number {
    const c = this.current;
    const n = this.draws[c] as number;
    this.draws[c] = n + 1;
    return new Prng(this.seed * 65_599 + c * 1_031 + n).uniform();
  }

  // The interpreter's effects (EffectSink).

  visit(node: number, via: number): void {
    this.counters.count(node, Metric.entered);
    this.counters.follow(via);
  }

  sendTemplate(node: number): void {
    this.effects.send(this.current, node);
  }

  sendSession(node: number): void {
    this.effects.send(this.current, node);
  }

  wake(at: number, token: number): void {
    this.effects.wake(this.current, at, token);
  }

  updateContact(): void {
    // Attribute and consent changes live in the row; nothing leaves the host.
  }

  exit(node: number, reason: ExitReason): void {
    if (node >= 0) this.counters.count(node, Metric.exited);
    if (SKIP_REASONS.has(reason)) this.counters.skip(reason);
    this.exitedCount++;
    this.effects.exited(this.current);
  }
}
