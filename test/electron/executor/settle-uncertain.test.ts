/**
 * Settling sends whose outcome is unknown (a timeout, a dropped answer) on a virtual clock:
 * by the server's record in two looks a settle period apart, whatever other lookups come in
 * between, and by a status webhook that overtakes the answer, `failed` included.
 */
import { describe, expect, it } from 'vitest';
import { RunExecutor } from '../../../electron/host/executor/executor';
import type { SendAnswer, SendRequest, Sender } from '../../../electron/host/executor/sender';
import { useTempDirs } from '../temp-dir';
import { makeRun, VirtualClock } from './helpers';

const tempDir = useTempDirs();
const SETTLE_MS = 4_000;
const UNKNOWN: SendAnswer = { ok: false, code: -1, kind: 'timeout', outcomeUnknown: true };

/**
 * A server with a message record: the first attempt of the sends in `lost` is answered
 * `unknown` after `lost`'s delay; those in `late` reach the record that long after they left.
 */
class RecordSender implements Sender {
  readonly requests: string[] = [];
  readonly record = new Map<string, string>();

  constructor(
    private readonly clock: VirtualClock,
    private readonly lost: ReadonlyMap<string, number>,
    private readonly late: ReadonlyMap<string, number> = new Map(),
  ) {}

  send(request: SendRequest): Promise<SendAnswer> {
    const first = !this.requests.includes(request.key);
    this.requests.push(request.key);
    const delay = this.lost.get(request.key);
    const lateMs = this.late.get(request.key);
    if (first && lateMs !== undefined) this.clock.setTimeout(() => this.record.set(request.key, 'wamid.late'), lateMs);
    if (first && delay !== undefined) return new Promise((resolve) => this.clock.setTimeout(() => resolve(UNKNOWN), delay));
    this.record.set(request.key, `wamid.${this.requests.length}`);
    return Promise.resolve({ ok: true, wamid: `wamid.${this.requests.length}` });
  }

  /** Lookups still to fail, as a busy server's would. */
  failLookups = 0;

  lookup(): Promise<Map<string, string>> {
    if (this.failLookups > 0) {
      this.failLookups--;
      return Promise.reject(new Error('record lookup timed out'));
    }
    return Promise.resolve(new Map(this.record));
  }

  count(key: string): number {
    return this.requests.filter((k) => k === key).length;
  }
}

async function open(dir: string, spec: ReturnType<typeof makeRun>['spec'], sender: Sender, clock: VirtualClock) {
  const run = await RunExecutor.open({ dir, spec, sender, clock, jitter: () => 0.5, durable: false, settleMs: SETTLE_MS });
  run.start();
  return run;
}

describe('settling sends whose outcome is unknown', () => {
  it('resends only after a second look a settle period later, not at a lookup another send started', async () => {
    const { dir, spec } = makeRun(await tempDir(), 3);
    const clock = new VirtualClock();
    // Row 0's answer is lost at once, row 1's a second later: row 1 turns uncertain (and looks)
    // a second after row 0's first look, long before row 0's settle period is over.
    // Row 0's request reaches the server late (a busy server), between its two looks.
    const sender = new RecordSender(clock, new Map([['run-test:0:1', 0], ['run-test:1:1', 1_000]]), new Map([['run-test:0:1', SETTLE_MS + 2_000]]));
    const run = await open(dir, spec, sender, clock);
    await clock.runUntil(() => run.idle && run.status === 'completed');
    const snapshot = run.snapshot();
    run.close();
    expect(sender.count('run-test:0:1')).toBe(1);
    expect(sender.count('run-test:1:1')).toBe(2);
    expect(snapshot.uncertain).toEqual([]);
    expect(snapshot.nodes.welcome).toMatchObject({ entered: 3, sent: 3, failed: 0 });
    expect(snapshot.nodes.done?.exited).toBe(3);
  });

  it('counts a send as sent when its failure webhook overtakes the lost answer, and never resends it', async () => {
    const { dir, spec } = makeRun(await tempDir(), 2);
    const clock = new VirtualClock();
    const sender = new RecordSender(clock, new Map([['run-test:0:1', 0]]));
    const run = await open(dir, spec, sender, clock);
    await clock.runUntil(() => run.snapshot().exited === 1);
    // Meta took the message (it has a wamid) and reports it undeliverable before any answer.
    run.onStatus({ key: 'run-test:0:1', wamid: 'wamid.undeliverable', status: 'failed', code: 131026, at: clock.time });
    await clock.runUntil(() => run.idle && run.status === 'completed');
    const snapshot = run.snapshot();
    run.close();
    expect(sender.count('run-test:0:1')).toBe(1);
    expect(snapshot.uncertain).toEqual([]);
    expect(snapshot.nodes.welcome).toMatchObject({ entered: 2, sent: 2, failed: 1 });
    // The route is the API's acceptance, as when the answer comes first: `out`, not `failed`.
    expect(snapshot.nodes.done?.exited).toBe(2);
    expect(snapshot.nodes['gave-up']?.exited ?? 0).toBe(0);
  });

  it('looks again when a record lookup fails, instead of leaving the run half-settled', async () => {
    const { dir, spec } = makeRun(await tempDir(), 2);
    const clock = new VirtualClock();
    // Row 0's answer is lost and its request reached the server; the first two looks fail.
    const sender = new RecordSender(clock, new Map([['run-test:0:1', 0]]), new Map([['run-test:0:1', 0]]));
    sender.failLookups = 2;
    const run = await open(dir, spec, sender, clock);
    await clock.runUntil(() => run.idle && run.status === 'completed');
    const snapshot = run.snapshot();
    run.close();
    expect(sender.failLookups).toBe(0);
    expect(sender.count('run-test:0:1')).toBe(1);
    expect(snapshot.uncertain).toEqual([]);
    expect(snapshot.nodes.welcome).toMatchObject({ entered: 2, sent: 2 });
  });
});
