import { appendFileSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RunExecutor } from '../../../electron/host/executor/executor';
import type { ExecutorOptions } from '../../../electron/host/executor/executor-types';
import { runFiles } from '../../../electron/host/executor/run-files';
import { useTempDirs } from '../temp-dir';
import { channel, FakeSender, makeRun, START, VirtualClock } from './helpers';

const tempDir = useTempDirs();

async function open(dir: string, spec: ExecutorOptions['spec'], sender: FakeSender, clock: VirtualClock, over: Partial<ExecutorOptions> = {}) {
  const executor = await RunExecutor.open({ dir, spec, sender, clock, jitter: () => 0.5, durable: false, ...over });
  executor.start();
  return executor;
}

describe('executor with an in-process fake sender', () => {
  it('sends each contact its message once and counts per node exactly', async () => {
    const { dir, spec } = makeRun(await tempDir(), 500);
    const clock = new VirtualClock();
    const sender = new FakeSender(clock);
    const run = await open(dir, spec, sender, clock);
    await clock.runUntil(() => run.status === 'completed');
    const snapshot = run.snapshot();
    run.close();
    expect(snapshot.status).toBe('completed');
    expect(snapshot.nodes.welcome).toMatchObject({ entered: 500, sent: 500, failed: 0 });
    expect(snapshot.nodes.done).toMatchObject({ entered: 500, exited: 500 });
    expect(sender.keyCounts().size).toBe(500);
    expect([...sender.keyCounts().values()].every((n) => n === 1)).toBe(true);
    expect(sender.requests[0]?.parameters).toEqual({ '1': 'Name0' });
  });

  it('never sends more than the channel rate in any one-second window', async () => {
    const { dir, spec } = makeRun(await tempDir(), 300, { channel: channel({ throughputMps: 40 }) });
    const clock = new VirtualClock();
    const sender = new FakeSender(clock);
    const run = await open(dir, spec, sender, clock, { windowMs: 1_000 });
    await clock.runUntil(() => run.status === 'completed');
    run.close();
    const times = sender.requests.map((r) => r.at).sort((a, b) => a - b);
    let worst = 0;
    for (let i = 0, j = 0; i < times.length; i++) {
      while ((times[i] as number) - (times[j] as number) >= 1_000) j++;
      worst = Math.max(worst, i - j + 1);
    }
    expect(times).toHaveLength(300);
    expect(worst).toBe(40);
    // 300 sends at 40 per second take at least 7 windows.
    expect((times.at(-1) as number) - START).toBeGreaterThanOrEqual(7_000);
  });

  it('retries retryable errors with backoff and sends the rest to the failed handle', async () => {
    const { dir, spec } = makeRun(await tempDir(), 20);
    const clock = new VirtualClock();
    const sender = new FakeSender(clock, (request, attempt) => {
      const row = Number(request.key.split(':')[1]);
      if (row % 4 === 0 && attempt <= 2) return { ok: false, code: 131000, kind: 'meta', httpStatus: 500 };
      if (row % 4 === 1) return { ok: false, code: 131026, kind: 'meta', httpStatus: 400 };
      return { ok: true, wamid: '' };
    });
    const run = await open(dir, spec, sender, clock, { retry: { baseMs: 10_000 } });
    await clock.runUntil(() => run.status === 'completed');
    const snapshot = run.snapshot();
    run.close();
    expect(snapshot.nodes.welcome).toMatchObject({ sent: 15, failed: 5 });
    expect(snapshot.nodes['gave-up']).toMatchObject({ exited: 5 });
    // Links are counted as the simulator counts them: the failed handle took the five.
    expect(snapshot.edges).toEqual({ e1: 20, e2: 15, e3: 5 });
    expect(snapshot.errors).toEqual({ '131026': 5 });
    const retried = sender.requests.filter((r) => r.key === 'run-test:0:1').map((r) => r.at - START);
    expect(retried).toHaveLength(3);
    // 10 s base, equal jitter at 0.5: 7.5 s, then 15 s (both above the 6 s pair rate).
    expect((retried[1] as number) - (retried[0] as number)).toBe(7_500);
    expect((retried[2] as number) - (retried[1] as number)).toBe(15_000);
  });

  it('pauses on a token error instead of hammering, and finishes after resume', async () => {
    const { dir, spec } = makeRun(await tempDir(), 50);
    const clock = new VirtualClock();
    let tokenOk = false;
    const sender = new FakeSender(clock, () => (tokenOk ? { ok: true, wamid: '' } : { ok: false, code: 190, kind: 'meta', httpStatus: 401 }));
    const run = await open(dir, spec, sender, clock);
    await clock.runUntil(() => run.status === 'paused');
    const paused = run.snapshot();
    expect(paused.status).toBe('paused');
    expect(paused.pause?.code).toBe(190);
    // Only the first batch went out before the pause: no request after it.
    const before = sender.requests.length;
    await clock.runUntil(() => false, clock.time + 60_000);
    expect(sender.requests.length).toBe(before);
    tokenOk = true;
    run.resume();
    await clock.runUntil(() => run.status === 'completed');
    expect(run.snapshot().nodes.welcome).toMatchObject({ sent: 50, failed: 0 });
    run.close();
  });

  it('resumes from its journal without sending anything twice', async () => {
    const { dir, spec } = makeRun(await tempDir(), 400, { channel: channel({ throughputMps: 100 }) });
    const clock = new VirtualClock();
    const sender = new FakeSender(clock);
    const first = await open(dir, spec, sender, clock);
    await clock.runUntil(() => sender.requests.length >= 150);
    first.close();
    const second = await open(dir, spec, sender, clock);
    await clock.runUntil(() => second.status === 'completed');
    const snapshot = second.snapshot();
    second.close();
    expect(snapshot.nodes.welcome).toMatchObject({ entered: 400, sent: 400 - snapshot.uncertain.length });
    // The links taken before the crash are counted again from the journal, once.
    expect(snapshot.edges?.e1).toBe(400);
    expect(snapshot.edges?.e2).toBe(400 - snapshot.uncertain.length);
    expect(sender.keyCounts().size).toBe(400);
    expect([...sender.keyCounts().values()].every((n) => n === 1)).toBe(true);
  });

  it('lists a send left unanswered by a crash as uncertain; a status echoing its key settles it', async () => {
    const { dir, spec } = makeRun(await tempDir(), 10);
    const clock = new VirtualClock();
    const sender = new FakeSender(clock, (request) => (request.key.endsWith(':3:1') || request.key.endsWith(':4:1') ? 'hang' : { ok: true, wamid: '' }));
    const first = await open(dir, spec, sender, clock);
    await clock.runUntil(() => first.snapshot().exited === 8);
    first.close(); // the process "dies" with two requests on the wire

    sender.behaviour = () => ({ ok: true, wamid: '' });
    const second = await open(dir, spec, sender, clock);
    const reopened = second.snapshot();
    expect(reopened.uncertain.map((u) => u.key)).toEqual(['run-test:3:1', 'run-test:4:1']);
    second.onStatus({ key: 'run-test:3:1', wamid: 'wamid.late', status: 'delivered', at: clock.time });
    expect(second.resolveUncertain('run-test:4:1', 'resend')).toBe(true);
    await clock.runUntil(() => second.status === 'completed');
    const done = second.snapshot();
    second.close();
    expect(done.uncertain).toEqual([]);
    expect(done.nodes.welcome).toMatchObject({ sent: 10, delivered: 1 });
    expect(sender.keyCounts().get('run-test:3:1')).toBe(1);
    // The user's resend goes under a new key generation: the first key may be fenced.
    expect(sender.keyCounts().get('run-test:4:1')).toBe(1);
    expect(sender.keyCounts().get('run-test:4:1:1')).toBe(1);
  });

  it('cuts a torn journal tail, reports it, and goes on', async () => {
    const { dir, spec } = makeRun(await tempDir(), 30);
    const clock = new VirtualClock();
    const sender = new FakeSender(clock);
    const first = await open(dir, spec, sender, clock);
    await clock.runUntil(() => sender.requests.length >= 10);
    first.close();
    const journal = runFiles(dir).journal;
    const size = readFileSync(journal).length;
    appendFileSync(journal, '0badc0de {"k":"ev","c":99');
    const second = await open(dir, spec, sender, clock);
    expect(second.torn).toEqual({ offset: size, bytes: 25, reason: 'partial-line' });
    await clock.runUntil(() => second.status === 'completed');
    expect(second.snapshot().nodes.welcome?.sent).toBe(30);
    second.close();
    expect(readFileSync(journal, 'utf8').split('\n').every((line) => line === '' || /^[0-9a-f]{8} \{/.test(line))).toBe(true);
  });
});
