/**
 * Runs a journey over an audience for real: the core interpreter moves contacts (run-engine),
 * the wall clock fires their timers and the limiters pace the sends (run-loop), and every send
 * is journaled and made durable before its request leaves. Meta's answers, status webhooks and
 * replies come back as interpreter events. A run resumes from its journal (replay.ts).
 */
import { compileJourney, type CompiledJourney, type ContactEvent } from '../../../core/interpreter';
import type { Contact } from '../../../core/journey/contact';
import { EventHeap } from '../../../core/sim/event-heap';
import { waId } from '../../../core/whatsapp/phone';
import { AudienceFeed } from './audience-feed';
import { systemClock, type Clock, type ExecutorOptions, type RunSnapshot } from './executor-types';
import type { Journal, TornTail } from './journal';
import { parseSendKey, sendKey, type JournalRecord, type PauseReason, type RunStatus } from './journal-records';
import { MessagingLimiter, PairRateLimiter, ThroughputLimiter } from './limiters';
import { replayJournal } from './replay';
import { RunEngine } from './run-engine';
import { runFiles, type RunSpec } from './run-files';
import { RunLoop, SEND_ITEM, TIMER_ITEM } from './run-loop';
import { SendBook, SendState } from './send-book';
import { ContactStore } from './contact-store';
import { PhoneIndex } from './phone-index';
import { WamidTags } from './wamid-tags';
import { Settler } from './settler';
import { snapshotOf } from './snapshot';

/** A status webhook, as the receiver parsed it. */
export interface StatusUpdate {
  /** `biz_opaque_callback_data`: the send key, when the webhook echoes it. */
  key?: string;
  wamid: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  code?: number;
  at: number;
}

/** An inbound message, as the receiver parsed it. */
export interface InboundUpdate {
  /** The sender's wa_id. */
  from: string;
  text?: string;
  button?: string;
  /** The wamid of the message it answers (`context.id`). */
  contextWamid?: string;
  fromAd?: boolean;
  at: number;
}

export class RunExecutor {
  readonly spec: RunSpec;
  readonly compiled: CompiledJourney;
  readonly engine: RunEngine;
  readonly book: SendBook;
  readonly pair: PairRateLimiter;
  readonly limit: MessagingLimiter;
  readonly throughput: ThroughputLimiter;
  readonly heap = new EventHeap();
  /** The contacts' CSV data: recent ones as objects, parked ones spilled to a file (contact-store.ts). */
  readonly contacts: ContactStore;
  readonly phoneIndex: PhoneIndex;
  readonly wamids: WamidTags;
  readonly clock: Clock;
  readonly loop: RunLoop;
  readonly settler: Settler;
  status: RunStatus = 'running';
  pauseReason: PauseReason | undefined;
  torn: TornTail | null = null;
  /** Audience rows read into the engine so far: row c is known for c < admitted. */
  admitted = 0;
  /** Sends a crash left unanswered, as the journal showed them when the run was opened. */
  uncertainAtOpen = 0;
  /** True while the journal is replayed: nothing is journaled or sent. */
  replaying = true;
  /** The time of the record being replayed: contacts are touched then, as they were live. */
  replayAt = 0;
  closed = false;
  journal!: Journal;
  feed!: AudienceFeed;
  private readonly idleWaiters: (() => void)[] = [];

  private constructor(readonly options: ExecutorOptions) {
    this.spec = options.spec;
    this.clock = options.clock ?? systemClock;
    this.compiled = compileJourney(this.spec.journey, { templates: this.spec.templates });
    const size = this.spec.contacts;
    this.book = new SendBook(size);
    this.pair = new PairRateLimiter(size);
    this.limit = new MessagingLimiter(this.spec.channel.messagingLimit);
    this.throughput = new ThroughputLimiter(this.spec.channel.throughputMps, options.windowMs ?? 1_020);
    this.loop = new RunLoop(this);
    this.settler = new Settler(this);
    this.contacts = new ContactStore(options.dir, size);
    this.phoneIndex = new PhoneIndex(size);
    this.engine = new RunEngine(this.compiled, size, this.spec.seed, this.spec.createdAt, (c) => this.contactOf(c), {
      send: (c, node) => {
        this.book.queue(c, node);
        if (!this.replaying) this.loop.pushReady(c);
      },
      wake: (c, at) => this.heap.push(at, c * 2 + TIMER_ITEM),
      // The row keeps the contact's state; its CSV data is no longer needed.
      exited: (c) => {
        if (!this.replaying) this.contacts.release(c);
      },
    });
    this.wamids = new WamidTags(size, this.engine.table.messages);
  }

  /** Opens the run in `options.dir`: replays its journal (cutting a torn tail); {@link start} runs it. */
  static async open(options: ExecutorOptions): Promise<RunExecutor> {
    const executor = new RunExecutor(options);
    const files = runFiles(options.dir);
    executor.feed = new AudienceFeed(files.audience);
    const replayed = await replayJournal(executor, files.journal, options.durable ?? true);
    executor.journal = replayed.journal;
    executor.torn = replayed.torn;
    executor.replaying = false;
    executor.uncertainAtOpen = executor.book.uncertain.size;
    return executor;
  }

  /** Reads the next audience row into the engine (one must be ready: see AudienceFeed). */
  takeContact(): number {
    const c = this.feed.next;
    const contact = this.feed.shift() as Contact;
    this.contacts.put(c, contact, this.clock.now(), this.replaying);
    this.phoneIndex.set(waId(contact.phone), c);
    this.engine.admit(c, contact);
    this.admitted = c + 1;
    return c;
  }

  /** Contact `c`'s CSV data (read back from the spill file if parked); undefined once it left. */
  contactOf(c: number): Contact | undefined {
    return this.closed ? undefined : this.contacts.get(c, this.replaying ? this.replayAt : this.clock.now());
  }

  /** Journals (outside a replay) and applies an event to contact `c`, settling its open send. */
  event(c: number, t: number, e: ContactEvent, wamid?: string): void {
    if (!this.replaying) this.record(wamid === undefined ? { k: 'ev', c, t, e } : { k: 'ev', c, t, e, w: wamid });
    if (e.type === 'accepted' || e.type === 'failed') {
      const n = this.compiled.indexOf.get(e.node) ?? -1;
      if (wamid !== undefined && n >= 0) this.wamids.set(c, this.compiled.messageOf[n] as number, wamid);
      if (this.book.open(c, n)) this.book.set(c, SendState.None);
    }
    this.engine.apply(c, t, e);
  }

  record(record: JournalRecord): void {
    this.journal.append(record);
  }

  /** A send made live again after a replay: now, or when its retry is due. */
  enqueueSend(c: number, at: number): void {
    if (at <= this.clock.now()) this.loop.pushReady(c);
    else this.heap.push(at, c * 2 + SEND_ITEM);
  }

  // Control.

  start(): void {
    void this.settler.settle().finally(() => this.loop.schedule(0));
  }

  /** Settles uncertain sends by the sandbox's fence, if the sender has one (settler.ts). */
  settleUncertain(): Promise<void> {
    return this.settler.settle();
  }

  /** An open send of node `n` to contact `c` is known to have reached Meta as `wamid`. */
  settleSent(c: number, n: number, wamid: string): void {
    this.event(c, this.clock.now(), { type: 'accepted', node: this.compiled.ids[n] as string }, wamid);
    this.loop.schedule(0);
  }

  pause(reason?: PauseReason): void {
    if (this.status === 'running') this.setStatus('paused', reason);
  }

  resume(): void {
    if (this.status !== 'paused') return;
    this.setStatus('running');
    this.loop.schedule(0);
  }

  cancel(): void {
    if (this.status !== 'cancelled' && this.status !== 'completed') this.setStatus('cancelled');
  }

  setStatus(status: RunStatus, why?: PauseReason): void {
    this.status = status;
    this.pauseReason = why;
    if (this.replaying) return;
    const t = this.clock.now();
    this.record(why ? { k: 'st', s: status, t, why } : { k: 'st', s: status, t });
    this.journal.commit();
    this.loop.progress(true);
    this.notifyIdle();
  }

  /** The user's decision on an uncertain send: it went (`sent`), or send it again (`resend`). */
  resolveUncertain(key: string, decision: 'sent' | 'resend'): boolean {
    const parsed = parseSendKey(this.spec.runId, key);
    if (parsed === null || !this.book.uncertain.has(parsed.contact) || this.book.node[parsed.contact] !== parsed.node) return false;
    const { contact: c, node: n } = parsed;
    const t = this.clock.now();
    this.record({ k: 'ur', c, n, d: decision, t });
    this.applyResolution(c, n, decision, t);
    this.loop.schedule(0);
    return true;
  }

  applyResolution(c: number, n: number, decision: 'sent' | 'resend', t: number): void {
    if (decision === 'resend') {
      // Under a new key: the last one may be fenced at the sandbox (settler.ts).
      this.book.nextGeneration(c);
      this.book.set(c, SendState.Queued);
      if (!this.replaying) this.loop.pushReady(c);
      return;
    }
    this.book.set(c, SendState.None);
    this.engine.apply(c, t, { type: 'accepted', node: this.compiled.ids[n] as string });
  }

  /** A status webhook: settles an open send by its key, then records the message's status. */
  onStatus(update: StatusUpdate): void {
    if (this.closed) return;
    const parsed = update.key === undefined ? null : parseSendKey(this.spec.runId, update.key);
    const c = parsed?.contact;
    // Every send carries its key and Meta echoes it: a status without one is not this run's.
    const n = parsed?.node;
    if (c === undefined || n === undefined || c >= this.admitted || n < 0 || n >= this.compiled.ids.length) return;
    const node = this.compiled.ids[n] as string;
    // An echo of the key proves the send reached Meta, whichever attempt did: no retry may follow.
    // A `failed` status too: Meta reports one only for a message its API accepted (it has a
    // wamid), so the send counts as sent and the contact goes on by `out`, exactly as when the
    // API's answer came first and the failure followed. Without this, a failure webhook that
    // overtook a lost or late answer took the `failed` handle and the send was never counted.
    if (this.book.open(c, n) && (this.book.attempts[c] as number) > 0) {
      this.event(c, update.at, { type: 'accepted', node }, update.wamid);
    }
    if (update.status === 'delivered' || update.status === 'read') this.event(c, update.at, { type: update.status, node });
    else if (update.status === 'failed') this.event(c, update.at, { type: 'failed', node, code: update.code ?? 131000 });
    this.loop.schedule(0);
  }

  /** A message from a contact of this run (others are ignored). */
  onInbound(update: InboundUpdate): void {
    if (this.closed) return;
    const c = this.phoneIndex.get(update.from);
    if (c === undefined) return;
    const m = update.contextWamid === undefined ? -1 : this.wamids.messageOf(c, update.contextWamid);
    const n = m >= 0 ? this.compiled.messageNodes[m] : undefined;
    const e: Extract<ContactEvent, { type: 'inbound' }> = { type: 'inbound' };
    if (update.text !== undefined) e.text = update.text;
    if (update.button !== undefined) e.button = update.button;
    if (n !== undefined && n >= 0) e.node = this.compiled.ids[n] as string;
    if (update.fromAd) e.fromAd = true;
    this.event(c, update.at, e);
    this.loop.schedule(0);
  }

  /** The send keys of the uncertain sends. */
  uncertainKeys(): string[] {
    return [...this.book.uncertain].map((c) => sendKey(this.spec.runId, c, this.book.node[c] as number, this.book.generation(c)));
  }

  snapshot(): RunSnapshot {
    return snapshotOf(this);
  }

  /** True when nothing is left to do but decisions on uncertain sends, or the run is over or paused. */
  get idle(): boolean {
    if (this.status !== 'running') return true;
    if (this.book.inFlight > 0 || this.loop.busy || this.heap.size > 0 || !this.feed.exhausted || this.settler.pending > 0) return false;
    // Everyone out by a webhook or the fence: the tick they scheduled marks the run completed
    // (and notifies); a waiter woken before would see it still 'running'.
    if (this.engine.exitedCount >= this.spec.contacts) return false;
    return this.engine.exitedCount + this.book.uncertain.size >= this.spec.contacts;
  }

  /** Resolves when the run is {@link idle}. */
  whenIdle(): Promise<void> {
    if (this.idle) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  notifyIdle(): void {
    if (this.closed || this.idle) for (const waiter of this.idleWaiters.splice(0)) waiter();
  }

  /** Stops the timers and closes the journal; answers arriving later are dropped. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.loop.stop();
    this.journal.close();
    this.contacts.close();
    this.notifyIdle();
  }
}
