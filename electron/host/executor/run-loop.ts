/**
 * The executor's loop, one tick at a time: fire due timers, let contacts enter while the send
 * queue is short, take sends off the queue as the limits allow (quiet hours and the pair rate
 * hold one send, the throughput window holds the queue), journal their intents and make them
 * durable in one commit, then send. Answers come back here and become interpreter events.
 */
import { mayStillSend, Phase, sendableAt, serviceWindowOpen } from '../../../core/interpreter';
import type { Contact } from '../../../core/journey/contact';
import type { DiePoint } from './executor-types';
import type { RunExecutor } from './executor';
import { sendKey } from './journal-records';
import { SendState } from './send-book';
import { buildSendRequest, sendCategory } from './send-request';
import { verdictOf, type SendAnswer } from './sender';

/** Heap items are `row * 2 + kind`. */
export const TIMER_ITEM = 0;
export const SEND_ITEM = 1;

const DEFAULT_IN_FLIGHT = 256;
/** Ticks per second at most while sends wait: a second's sends go in slices, not in one burst. */
const SLICES_PER_SECOND = 50;

export class RunLoop {
  private ready: number[] = [];
  /** Throughput slots of the batch being sent. */
  private slots: number[] = [];
  private head = 0;
  private timer: unknown = null;
  private timerAt = Number.POSITIVE_INFINITY;
  private stopped = false;
  private lastProgress = Number.NEGATIVE_INFINITY;
  private readonly dieCounts = new Map<DiePoint, number>();
  private readonly retry;
  private readonly maxInFlight: number;

  constructor(private readonly x: RunExecutor) {
    this.retry = { baseMs: 500, maxMs: 30_000, maxAttempts: 8, ...x.options.retry };
    this.maxInFlight = x.options.maxInFlight ?? DEFAULT_IN_FLIGHT;
  }

  pushReady(c: number): void {
    this.ready.push(c);
  }

  /** Sends waiting on the queue. */
  get busy(): boolean {
    return this.head < this.ready.length;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.x.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  /** Runs a tick in `delayMs` unless one is due sooner. */
  schedule(delayMs: number): void {
    if (this.stopped) return;
    const { clock } = this.x;
    const delay = Math.max(0, delayMs);
    const at = clock.now() + delay;
    if (this.timer !== null && this.timerAt <= at) return;
    if (this.timer !== null) clock.clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = clock.setTimeout(() => {
      this.timer = null;
      this.timerAt = Number.POSITIVE_INFINITY;
      this.x.options.onTick?.(clock.now() - at);
      this.tick();
    }, delay);
  }

  private tick(): void {
    const x = this.x;
    if (this.stopped) return;
    const now = x.clock.now();
    const running = x.status === 'running';
    if (running) {
      this.fireDue(now);
      this.admit(now);
    }
    const batch = running ? this.dispatch(now) : [];
    // Group commit: every intent of the batch is durable before the first request leaves.
    x.journal.commit();
    x.book.answeredSinceCommit = 0;
    if (batch.length > 0) this.die('intent');
    for (let k = 0; k < batch.length; k++) {
      // The window counts each send when it really leaves, after the commit.
      x.throughput.stamp(this.slots[k] as number, x.clock.now());
      this.send(batch[k] as number, now);
    }
    if (running && x.feed.exhausted && x.engine.exitedCount >= x.spec.contacts) x.setStatus('completed');
    this.progress(false);
    // Contacts untouched for a while (parked in a wait) leave memory for the spill file.
    x.contacts.sweep(now);
    x.notifyIdle();
    if (x.status === 'running') this.planNext(now);
  }

  private fireDue(now: number): void {
    const { heap, engine, book } = this.x;
    while (heap.peekTime() <= now) {
      const at = heap.peekTime();
      const item = heap.pop();
      const c = item >> 1;
      if ((item & 1) === SEND_ITEM) {
        if (book.state[c] === SendState.Queued) this.ready.push(c);
      } else if (engine.table.wakeAt[c] === at) {
        // Otherwise stale: the contact moved on, or waits for a later timer.
        this.x.event(c, now, { type: 'timer', token: engine.table.timer[c] as number });
      }
    }
  }

  /** Lets contacts enter while the queue is short: the audience streams in as sends go. */
  private admit(now: number): void {
    const x = this.x;
    const room = Math.max(x.throughput.rate * 2, 64);
    while (this.ready.length - this.head + x.book.inFlight < room && x.feed.available > 0) {
      const c = x.takeContact();
      x.event(c, now, { type: 'entered' });
    }
    if (x.feed.available === 0 && !x.feed.exhausted) x.feed.ready().then(() => this.schedule(0), () => this.schedule(1_000));
  }

  /** Takes sends off the queue while the limits allow; answers the rows to send now. */
  private dispatch(now: number): number[] {
    const x = this.x;
    const { book, compiled, engine } = x;
    const table = engine.table;
    const batch: number[] = [];
    this.slots.length = 0;
    const slice = Math.max(1, Math.ceil(x.throughput.rate / SLICES_PER_SECOND));
    while (this.head < this.ready.length && book.inFlight < this.maxInFlight && batch.length < slice) {
      const c = this.ready[this.head] as number;
      const n = book.node[c] as number;
      if (book.state[c] !== SendState.Queued || table.phase[c] !== Phase.Sending || table.node[c] !== n) {
        this.head++;
        continue;
      }
      // Quiet hours (core sendableAt) and the pair rate hold this send only; the queue goes on.
      const later = Math.max(sendableAt(compiled, now), x.pair.nextAt(c, now));
      if (later > now) {
        this.head++;
        x.heap.push(later, c * 2 + SEND_ITEM);
        continue;
      }
      if (x.throughput.nextAt(now) > now) break;
      const contact = x.contactOf(c);
      const room = x.limit.take(c, sendCategory(compiled, n, contact), serviceWindowOpen(table, c, now), now);
      this.head++;
      if (room > 0) {
        x.heap.push(room, c * 2 + SEND_ITEM);
        continue;
      }
      // Consent may have been withdrawn while the send waited: the contact leaves, nothing goes.
      let allowed = contact !== undefined;
      if (allowed) engine.withContext(c, now, (ctx, sink) => (allowed = mayStillSend(compiled, table, c, n, ctx, sink)));
      if (!allowed) {
        book.set(c, SendState.None);
        continue;
      }
      this.slots.push(x.throughput.tryTake(now));
      const a = (book.attempts[c] as number) + 1;
      book.attempts[c] = a;
      book.set(c, SendState.InFlight);
      x.pair.record(c, now);
      x.record({ k: 'in', c, n, a, t: now });
      batch.push(c);
    }
    if (this.head > 4_096 && this.head * 2 > this.ready.length) {
      this.ready = this.ready.slice(this.head);
      this.head = 0;
    }
    return batch;
  }

  private send(c: number, now: number): void {
    const x = this.x;
    const n = x.book.node[c] as number;
    const a = x.book.attempts[c] as number;
    const request = buildSendRequest(x.compiled, x.engine.table, c, n, x.contactOf(c) as Contact, sendKey(x.spec.runId, c, n, x.book.generation(c)));
    x.options.sender.send(request).then(
      (answer) => this.onAnswer(c, n, a, answer, now),
      // A sender that throws may have written the request first: its outcome is unknown.
      (error: unknown) => this.onAnswer(c, n, a, { ok: false, code: -1, kind: 'network', message: String(error), outcomeUnknown: true }, now),
    );
  }

  private onAnswer(c: number, n: number, a: number, answer: SendAnswer, sentAt: number): void {
    const x = this.x;
    if (x.closed) return;
    this.die('request');
    const { book } = x;
    // A status webhook may have settled the send first: this answer is then old news.
    const state = book.state[c];
    if (book.node[c] !== n || book.attempts[c] !== a || (state !== SendState.InFlight && state !== SendState.Settling)) return;
    const now = Math.max(x.clock.now(), sentAt);
    const node = x.compiled.ids[n] as string;
    const verdict = verdictOf(answer);
    if (verdict.kind === 'accepted') x.event(c, now, { type: 'accepted', node }, verdict.wamid);
    else if (verdict.kind === 'failed' || (verdict.kind === 'retry' && a >= this.retry.maxAttempts)) x.event(c, now, { type: 'failed', node, code: verdict.code });
    else if (verdict.kind === 'retry') {
      const backoff = Math.min(this.retry.maxMs, this.retry.baseMs * 2 ** (a - 1));
      const jitter = x.options.jitter ?? Math.random;
      // Equal jitter: half the backoff, plus up to the other half at random, so retries spread.
      const at = now + Math.max(verdict.afterMs ?? 0, backoff / 2 + (backoff / 2) * jitter());
      book.set(c, SendState.Queued);
      x.record({ k: 'rt', c, n, a, t: now, code: verdict.code, at });
      x.heap.push(at, c * 2 + SEND_ITEM);
    } else if (verdict.kind === 'pause') {
      // Nothing reached anyone: the send waits for the resume and the run stops hammering.
      book.set(c, SendState.Queued);
      x.record({ k: 'rt', c, n, a, t: now, code: verdict.code, at: now });
      this.ready.push(c);
      x.pause({ code: verdict.code, message: verdict.message });
    } else {
      // The request may have reached Meta: a status webhook echoing its key can tell, then
      // (the sandbox only) its fence; never a resend on a guess (settler.ts).
      book.set(c, SendState.Settling);
      x.clock.setTimeout(() => {
        if (x.closed || book.state[c] !== SendState.Settling || book.node[c] !== n || book.attempts[c] !== a) return;
        book.set(c, SendState.Uncertain);
        // The fence first: it counts as work under way, so the run is not idle meanwhile.
        void x.settleUncertain();
        x.notifyIdle();
      }, x.options.settleMs ?? 30_000);
    }
    this.die('answer');
    this.schedule(0);
  }

  private planNext(now: number): void {
    const x = this.x;
    let next = x.heap.peekTime();
    if (this.busy && x.book.inFlight < this.maxInFlight) next = Math.min(next, Math.max(x.throughput.nextAt(now), now + 1_000 / SLICES_PER_SECOND));
    if (Number.isFinite(next)) this.schedule(next - x.clock.now());
  }

  /** Reports a snapshot at most every `progressEveryMs`, or now when forced. */
  progress(force: boolean): void {
    const report = this.x.options.onProgress;
    if (report === undefined) return;
    const now = this.x.clock.now();
    if (!force && now - this.lastProgress < (this.x.options.progressEveryMs ?? 500)) return;
    this.lastProgress = now;
    report(this.x.snapshot());
  }

  private die(point: DiePoint): void {
    const hook = this.x.options.onDiePoint;
    if (hook === undefined) return;
    const count = (this.dieCounts.get(point) ?? 0) + 1;
    this.dieCounts.set(point, count);
    // Open on disk, what a restart will find uncertain: on the wire, answered but not yet
    // committed, timed out and settling, and still uncertain from an earlier stop.
    const book = this.x.book;
    hook(point, count, book.inFlight + book.answeredSinceCommit + book.settling + book.uncertain.size);
  }
}
