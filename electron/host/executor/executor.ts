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


/** Record lookups that may fail in a row before uncertain sends are left to the user. */
const MAX_FAILED_LOOKUPS = 5;
export class RunExecutor {
  readonly spec: RunSpec;
  readonly compiled: CompiledJourney;
  readonly engine: RunEngine;
  readonly book: SendBook;
  readonly pair: PairRateLimiter;
  readonly limit: MessagingLimiter;
  readonly throughput: ThroughputLimiter;
  readonly heap = new EventHeap();
  readonly contacts: (Contact | undefined)[] = [];
  readonly phoneIndex = new Map<string, number>();
  readonly clock: Clock;
  readonly loop: RunLoop;
  status: RunStatus = 'running';
  pauseReason: PauseReason | undefined;
  torn: TornTail | null = null;
  /** Audience rows read into the engine so far: row c is known for c < admitted. */
  admitted = 0;
  /** Sends a crash left unanswered, as the journal showed them when the run was opened. */
  uncertainAtOpen = 0;
  /** True while the journal is replayed: nothing is journaled or sent. */
  replaying = true;
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
    this.engine = new RunEngine(this.compiled, size, this.spec.seed, this.spec.createdAt, (c) => this.contacts[c], {
      send: (c, node) => {
        this.book.queue(c, node);
        if (!this.replaying) this.loop.pushReady(c);
      },
      wake: (c, at) => this.heap.push(at, c * 2 + TIMER_ITEM),
      // The row keeps the contact's state; its CSV data is no longer needed.
      exited: (c) => {
        if (!this.replaying) this.contacts[c] = undefined;
      },
    });
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
    this.contacts[c] = contact;
    this.phoneIndex.set(waId(contact.phone), c);
    this.engine.admit(c, contact);
    this.admitted = c + 1;
    return c;
  }

  /** Journals (outside a replay) and applies an event to contact `c`, settling its open send. */
  event(c: number, t: number, e: ContactEvent, wamid?: string): void {
    if (!this.replaying) this.record(wamid === undefined ? { k: 'ev', c, t, e } : { k: 'ev', c, t, e, w: wamid });
    if (e.type === 'accepted' || e.type === 'failed') {
      const n = this.compiled.indexOf.get(e.node) ?? -1;
      if (wamid !== undefined) this.book.nodeOfWamid.set(wamid, n);
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
    void this.settleFromRecord().finally(() => this.loop.schedule(0));
  }

  /**
   * Settles the uncertain sends by the server's own record, when it keeps one (the sandbox):
   * a send it holds went, one it lacks never arrived and is sent again. Against Meta, which
   * keeps no such record, they stay for the user to decide.
   */
  async settleFromRecord(): Promise<void> {
    const sender = this.options.sender;
    if (sender.lookup === undefined || this.book.uncertain.size === 0) return;
    let record: Map<string, string>;
    // When the record was asked for: it holds at least every request the server took by then.
    const lookedAt = this.clock.now();
    const settleMs = this.options.settleMs ?? 30_000;
    this.lookups++;
    try {
      record = await sender.lookup();
      this.failedLookups = 0;
    } catch {
      // A busy server can fail one lookup: look again a settle period later, a few times,
      // before leaving the sends uncertain for the user (a run must not stall half-settled).
      this.failedLookups++;
      if (this.failedLookups <= MAX_FAILED_LOOKUPS) this.lookAgainIn(settleMs);
      return;
    } finally {
      this.lookups--;
    }
    if (this.closed) return;
    let missing = false;
    for (const c of [...this.book.uncertain]) {
      const n = this.book.node[c] as number;
      const key = sendKey(this.spec.runId, c, n);
      const wamid = record.get(key);
      const a = this.book.attempts[c] as number;
      const missed = this.firstMissAt.get(c);
      // A miss of an earlier attempt or send says nothing of this one.
      const firstMiss = missed !== undefined && missed.n === n && missed.a === a ? missed.at : undefined;
      if (wamid !== undefined) {
        this.book.nodeOfWamid.set(wamid, n);
        this.resolveUncertain(key, 'sent');
        this.firstMissAt.delete(c);
      } else if (firstMiss === undefined) {
        // Absent once may only mean not processed yet (a busy server): look again later.
        this.firstMissAt.set(c, { at: lookedAt, n, a });
        missing = true;
      } else if (lookedAt - firstMiss >= settleMs) {
        // Absent from two lookups a settle period apart: the request never arrived. Any other
        // lookup in between (another send turning uncertain starts one) is no second look: a
        // request that timed out under load can reach the server seconds after the first.
        this.firstMissAt.delete(c);
        this.resolveUncertain(key, 'resend');
      }
      // Else missed again before its settle period is over: the look already due decides.
    }
    if (missing) this.lookAgainIn(settleMs);
    this.notifyIdle();
  }

  /** Schedules another record lookup; the run is not idle while it is due, so the CLI waits for it. */
  private lookAgainIn(ms: number): void {
    this.lookups++;
    this.clock.setTimeout(() => {
      this.lookups--;
      void this.settleFromRecord().finally(() => this.notifyIdle());
    }, ms);
  }

  /** Record lookups that failed in a row. */
  private failedLookups = 0;

  /** Record lookups under way or due. */
  private lookups = 0;

  /** Uncertain sends the server's record lacked, with when the lookup that first missed them started. */
  private readonly firstMissAt = new Map<number, { at: number; n: number; a: number }>();

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
    const n = parsed?.node ?? this.book.nodeOfWamid.get(update.wamid);
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
    const n = update.contextWamid === undefined ? undefined : this.book.nodeOfWamid.get(update.contextWamid);
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
    return [...this.book.uncertain].map((c) => sendKey(this.spec.runId, c, this.book.node[c] as number));
  }

  snapshot(): RunSnapshot {
    return snapshotOf(this);
  }

  /** True when nothing is left to do but decisions on uncertain sends, or the run is over or paused. */
  get idle(): boolean {
    if (this.status !== 'running') return true;
    if (this.book.inFlight > 0 || this.loop.busy || this.heap.size > 0 || !this.feed.exhausted || this.lookups > 0) return false;
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
    this.notifyIdle();
  }
}
