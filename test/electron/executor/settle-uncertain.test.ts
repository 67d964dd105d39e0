/**
 * Settling sends whose outcome is unknown (a timeout, a dropped answer), on a virtual clock:
 * by the sandbox's fence, whatever the time a late request takes to reach the server, and by
 * a status webhook that overtakes the answer, `failed` included. Without a fence (a Meta
 * channel), such a send is never resent by the executor, however long it waits.
 */
import { describe, expect, it } from 'vitest';
import { RunExecutor } from '../../../electron/host/executor/executor';
import { readJournal } from '../../../electron/host/executor/journal';
import type { JournalRecord } from '../../../electron/host/executor/journal-records';
import { runFiles } from '../../../electron/host/executor/run-files';
import type { SendAnswer, SendRequest, Sender } from '../../../electron/host/executor/sender';
import { useTempDirs } from '../temp-dir';
import { channel, makeRun, VirtualClock } from './helpers';

const tempDir = useTempDirs();
const SETTLE_MS = 4_000;
const DAY = 24 * 3_600_000;
const UNKNOWN: SendAnswer = { ok: false, code: -1, kind: 'timeout', outcomeUnknown: true };

/**
 * A server with a fenced message record, as the sandbox keeps one: the first attempt of the
 * sends in `lost` is answered `unknown` after `lost`'s delay; those in `late` reach the server
 * that long after they left, and are refused then if their key was fenced meanwhile.
 */
class FencedServer implements Sender {
  /** Every request that left the client, by key. */
  readonly requests: string[] = [];
  readonly record = new Map<string, string>();
  readonly fenced = new Set<string>();
  /** Late requests the fence refused when they finally came. */
  readonly refusedLate: string[] = [];
  /** Fences still to fail, as a busy server's would. */
  failFences = 0;
  fences = 0;
  /** How long the fence takes to answer (0: at once). */
  fenceDelayMs = 0;

  constructor(
    private readonly clock: VirtualClock,
    private readonly lost: ReadonlyMap<string, number>,
    private readonly late: ReadonlyMap<string, number> = new Map(),
  ) {}

  send(request: SendRequest): Promise<SendAnswer> {
    const first = !this.requests.includes(request.key);
    this.requests.push(request.key);
    const wamid = `wamid.${this.requests.length}`;
    const arrive = () => {
      if (this.fenced.has(request.key)) this.refusedLate.push(request.key);
      else this.record.set(request.key, wamid);
    };
    const lateMs = this.late.get(request.key);
    if (first && lateMs !== undefined) this.clock.setTimeout(arrive, lateMs);
    else arrive();
    const delay = this.lost.get(request.key);
    if (first && delay !== undefined) return new Promise((resolve) => this.clock.setTimeout(() => resolve(UNKNOWN), delay));
    return Promise.resolve({ ok: true, wamid });
  }

  settle(keys: readonly string[]): Promise<Map<string, string | null>> {
    this.fences++;
    if (this.failFences > 0) {
      this.failFences--;
      return Promise.reject(new Error('fence timed out'));
    }
    const answer = new Map<string, string | null>();
    for (const key of keys) {
      const wamid = this.record.get(key);
      if (wamid === undefined) this.fenced.add(key);
      answer.set(key, wamid ?? null);
    }
    if (this.fenceDelayMs === 0) return Promise.resolve(answer);
    return new Promise((resolve) => this.clock.setTimeout(() => resolve(answer), this.fenceDelayMs));
  }

  /** Messages the server holds for contact row `c`'s welcome (node 1), whatever the key's generation. */
  held(c: number): number {
    return [...this.record.keys()].filter((key) => key === `run-test:${c}:1` || key.startsWith(`run-test:${c}:1:`)).length;
  }
}

async function open(dir: string, spec: ReturnType<typeof makeRun>['spec'], sender: Sender, clock: VirtualClock) {
  const run = await RunExecutor.open({ dir, spec, sender, clock, jitter: () => 0.5, durable: false, settleMs: SETTLE_MS });
  run.start();
  return run;
}

describe('settling sends whose outcome is unknown', () => {
  it('a request reaching the server after its client gave up and after every look is refused by the fence: one message, resent once', async () => {
    const { dir, spec } = makeRun(await tempDir(), 3);
    const clock = new VirtualClock();
    // Row 0's answer is lost at once; its request reaches the server a minute later, long
    // after the settle period and any number of looks a settle period apart.
    const sender = new FencedServer(clock, new Map([['run-test:0:1', 0]]), new Map([['run-test:0:1', 60_000]]));
    const run = await open(dir, spec, sender, clock);
    await clock.runUntil(() => run.idle && run.status === 'completed');
    await clock.runUntil(() => false, clock.time + 120_000);
    const snapshot = run.snapshot();
    run.close();
    expect(sender.requests.filter((k) => k.startsWith('run-test:0:1'))).toEqual(['run-test:0:1', 'run-test:0:1:1']);
    expect(sender.refusedLate).toEqual(['run-test:0:1']);
    expect([0, 1, 2].map((c) => sender.held(c))).toEqual([1, 1, 1]);
    expect(snapshot.uncertain).toEqual([]);
    expect(snapshot.nodes.welcome).toMatchObject({ entered: 3, sent: 3, failed: 0 });
    expect(snapshot.nodes.done?.exited).toBe(3);
  });

  it('a request that arrived before the fence is held: counted as sent with its wamid, never resent', async () => {
    const { dir, spec } = makeRun(await tempDir(), 2);
    const clock = new VirtualClock();
    // Lost answer; the request lands a second after the client gave up, before the fence.
    const sender = new FencedServer(clock, new Map([['run-test:0:1', 0]]), new Map([['run-test:0:1', 1_000]]));
    const run = await open(dir, spec, sender, clock);
    await clock.runUntil(() => run.idle && run.status === 'completed');
    const snapshot = run.snapshot();
    run.close();
    expect(sender.requests.filter((k) => k.startsWith('run-test:0:1'))).toEqual(['run-test:0:1']);
    expect(sender.fences).toBe(1);
    expect(snapshot.nodes.welcome).toMatchObject({ entered: 2, sent: 2 });
    // The wamid the fence gave is journaled with the acceptance, as an answer's would be.
    const accepted: unknown[] = [];
    readJournal(runFiles(dir).journal, (r) => {
      const record = r as JournalRecord;
      if (record.k === 'ev' && record.c === 0 && record.e.type === 'accepted') accepted.push(record.w);
    });
    expect(accepted).toEqual([sender.record.get('run-test:0:1')]);
  });

  it('counts a send as sent when its failure webhook overtakes the lost answer, and never resends it', async () => {
    const { dir, spec } = makeRun(await tempDir(), 2);
    const clock = new VirtualClock();
    const sender = new FencedServer(clock, new Map([['run-test:0:1', 0]]));
    const run = await open(dir, spec, sender, clock);
    await clock.runUntil(() => run.snapshot().exited === 1);
    // Meta took the message (it has a wamid) and reports it undeliverable before any answer.
    run.onStatus({ key: 'run-test:0:1', wamid: 'wamid.undeliverable', status: 'failed', code: 131026, at: clock.time });
    await clock.runUntil(() => run.idle && run.status === 'completed');
    const snapshot = run.snapshot();
    run.close();
    expect(sender.requests.filter((k) => k.startsWith('run-test:0:1'))).toHaveLength(1);
    expect(snapshot.uncertain).toEqual([]);
    expect(snapshot.nodes.welcome).toMatchObject({ entered: 2, sent: 2, failed: 1 });
    // The route is the API's acceptance, as when the answer comes first: `out`, not `failed`.
    expect(snapshot.nodes.done?.exited).toBe(2);
    expect(snapshot.nodes['gave-up']?.exited ?? 0).toBe(0);
  });

  it('is not idle while the fence is asked, nor before the run is marked completed: a caller waiting for it sees it done', async () => {
    const { dir, spec } = makeRun(await tempDir(), 2);
    const clock = new VirtualClock();
    // The last contact's answer is lost: when it turns uncertain, nothing else is left to do.
    const sender = new FencedServer(clock, new Map([['run-test:1:1', 0]]));
    sender.fenceDelayMs = 100;
    const run = await open(dir, spec, sender, clock);
    let atIdle: ReturnType<RunExecutor['snapshot']> | null = null;
    void run.whenIdle().then(() => (atIdle = run.snapshot()));
    await clock.runUntil(() => run.status === 'completed' && atIdle !== null);
    run.close();
    expect(atIdle).toMatchObject({ status: 'completed', uncertain: [], exited: 2 });
    expect(sender.fences).toBe(1);
  });

  it('asks the fence again when it fails, instead of leaving the run half-settled', async () => {
    const { dir, spec } = makeRun(await tempDir(), 2);
    const clock = new VirtualClock();
    // Row 0's answer is lost and its request reached the server; the first two fences fail.
    const sender = new FencedServer(clock, new Map([['run-test:0:1', 0]]));
    sender.failFences = 2;
    const run = await open(dir, spec, sender, clock);
    await clock.runUntil(() => run.idle && run.status === 'completed');
    const snapshot = run.snapshot();
    run.close();
    expect(sender.fences).toBe(3);
    expect(sender.requests.filter((k) => k.startsWith('run-test:0:1'))).toHaveLength(1);
    expect(snapshot.uncertain).toEqual([]);
    expect(snapshot.nodes.welcome).toMatchObject({ entered: 2, sent: 2 });
  });
});

describe('a Meta channel: no way to list what Meta accepted', () => {
  /** Meta as the executor sees it: no settle. `answer` decides row 0's first attempt. */
  function meta(clock: VirtualClock, first: () => Promise<SendAnswer>) {
    const requests: { key: string; at: number }[] = [];
    const sender: Sender = {
      send: (request) => {
        requests.push({ key: request.key, at: clock.now() });
        if (request.key === 'run-test:0:1' && requests.filter((r) => r.key === request.key).length === 1) return first();
        return Promise.resolve({ ok: true, wamid: `wamid.${requests.length}` });
      },
    };
    return { sender, requests };
  }

  const lostAnswers: [string, () => Promise<SendAnswer>][] = [
    ['a timeout', () => Promise.resolve(UNKNOWN)],
    ['a timeout the client did not flag', () => Promise.resolve({ ok: false, code: -1, kind: 'timeout' })],
    ['a connection reset after writing', () => Promise.resolve({ ok: false, code: -1, kind: 'network', outcomeUnknown: true })],
    ['a gateway 504 that is not Meta\'s answer', () => Promise.resolve({ ok: false, code: -1, kind: 'http', httpStatus: 504 })],
    ['a sender that throws', () => Promise.reject(new Error('socket hang up'))],
  ];

  for (const [what, first] of lostAnswers) {
    it(`never resends after ${what}, even a week later; the send is shown as uncertain`, async () => {
      const { dir, spec } = makeRun(await tempDir(), 2, { channel: channel({ mode: 'meta' }) });
      const clock = new VirtualClock();
      const { sender, requests } = meta(clock, first);
      const run = await open(dir, spec, sender, clock);
      await clock.runUntil(() => false, clock.time + 7 * DAY);
      const snapshot = run.snapshot();
      run.close();
      expect(requests.filter((r) => r.key.startsWith('run-test:0:1'))).toHaveLength(1);
      expect(snapshot.uncertain.map((u) => u.key)).toEqual(['run-test:0:1']);
      expect(snapshot.idle).toBe(true);
      expect(snapshot.nodes.welcome).toMatchObject({ entered: 2, sent: 1 });
    });
  }

  it('settles only by a status webhook echoing the key, even one that comes days later', async () => {
    const { dir, spec } = makeRun(await tempDir(), 2, { channel: channel({ mode: 'meta' }) });
    const clock = new VirtualClock();
    const { sender, requests } = meta(clock, () => Promise.resolve(UNKNOWN));
    const first = await open(dir, spec, sender, clock);
    await clock.runUntil(() => false, clock.time + 2 * DAY);
    first.close();
    // A restart in between: the send is still uncertain, and still not resent.
    const run = await open(dir, spec, sender, clock);
    await clock.runUntil(() => false, clock.time + DAY);
    expect(run.snapshot().uncertain.map((u) => u.key)).toEqual(['run-test:0:1']);
    run.onStatus({ key: 'run-test:0:1', wamid: 'wamid.meta', status: 'delivered', at: clock.time });
    await clock.runUntil(() => run.status === 'completed');
    const snapshot = run.snapshot();
    run.close();
    expect(requests.filter((r) => r.key.startsWith('run-test:0:1'))).toHaveLength(1);
    expect(snapshot.uncertain).toEqual([]);
    expect(snapshot.nodes.welcome).toMatchObject({ sent: 2, delivered: 1 });
  });
});
