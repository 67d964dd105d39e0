/**
 * `npm run bench executor`: the executor against a sandbox in a separate process, journal on
 * (fdatasync per tick). 1) 1,000 sends/s for 60 s (EXECUTOR_BENCH_SECONDS for a shorter
 * check): sustained rate, CPU of this (the executor's) process, the most sends in any
 * one-second window, p99 scheduling lag. 2) 80/s against a sandbox that enforces 80/s: 130429
 * answers. Webhooks are off: this measures the send path.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RunExecutor } from '../../electron/host/executor/executor';
import { createGraphSender } from '../../electron/host/executor/graph-sender';
import type { Sender } from '../../electron/host/executor/sender';
import { createGraphClient } from '../../electron/host/meta';
import { channel, makeRun } from '../electron/executor/helpers';
import { atMost, info, percentile, type BenchReport, type Figure } from './report';

const here = fileURLToPath(new URL('.', import.meta.url));

async function sandboxProcess(mps: number): Promise<{ child: ChildProcess; baseUrl: string; phoneNumberId: string; wabaId: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'executor-sandbox.ts'), String(mps)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve(text.split('\n')[0] as string);
    });
    child.on('exit', (code) => reject(new Error(`sandbox exited ${code}`)));
  });
  return { child, ...(JSON.parse(line) as { baseUrl: string; phoneNumberId: string; wabaId: string }) };
}

async function measure(mps: number, seconds: number) {
  const sandbox = await sandboxProcess(mps);
  const dataDir = mkdtempSync(join(tmpdir(), 'wajourney-bench-'));
  const contacts = Math.round(mps * seconds);
  try {
    const { dir, spec } = makeRun(dataDir, contacts, { createdAt: Date.now(), channel: channel({ mode: 'meta', throughputMps: mps, graphBaseUrl: sandbox.baseUrl }) });
    const client = createGraphClient({ baseUrl: sandbox.baseUrl, token: 'bench', phoneNumberId: sandbox.phoneNumberId, wabaId: sandbox.wabaId, timeoutMs: 10_000 });
    const graph = createGraphSender(client, spec.templates);
    const sendTimes: number[] = [];
    const throttled = { count: 0 };
    const sender: Sender = {
      send: async (request) => {
        sendTimes.push(performance.now());
        const answer = await graph.send(request);
        if (!answer.ok && answer.code === 130429) throttled.count++;
        return answer;
      },
    };
    const lags: number[] = [];
    const executor = await RunExecutor.open({ dir, spec, sender, onTick: (lag) => lags.push(lag), windowMs: 1_010 });
    const cpu = process.cpuUsage();
    const started = performance.now();
    executor.start();
    await executor.whenIdle();
    const elapsed = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const snapshot = executor.snapshot();
    const journal = executor.journal.stats;
    executor.close();
    let worst = 0;
    for (let i = 0, j = 0; i < sendTimes.length; i++) {
      while ((sendTimes[i] as number) - (sendTimes[j] as number) >= 1_000) j++;
      worst = Math.max(worst, i - j + 1);
    }
    return {
      contacts, elapsed, sent: snapshot.nodes.welcome?.sent ?? 0, requests: sendTimes.length, worst, throttled: throttled.count,
      cpuShare: (used.user + used.system) / 1000 / (elapsed * 1000), p99: percentile(lags, 99), commits: journal.commits, syncMs: journal.syncMs,
    };
  } finally {
    sandbox.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchReport> {
  const seconds = Number(process.env.EXECUTOR_BENCH_SECONDS ?? 60);
  const fast = await measure(1_000, seconds);
  const slow = await measure(80, Math.min(seconds, 20));
  const figures: Figure[] = [
    info('1,000/s: contacts', fast.contacts, 'contacts'),
    info('1,000/s: sent (sandbox accepted)', fast.sent, 'messages'),
    info('1,000/s: sustained rate', Math.round(fast.requests / fast.elapsed), 'sends/s'),
    atMost('1,000/s: most sends in any 1 s window', fast.worst, 'sends', 1_000),
    atMost('1,000/s: executor CPU', Math.round(fast.cpuShare * 1000) / 10, '% of a core', 60),
    atMost('1,000/s: p99 scheduling lag', Math.round(fast.p99 * 10) / 10, 'ms', 50),
    info('1,000/s: journal commits (fdatasync)', fast.commits, 'commits'),
    info('1,000/s: time in write+fdatasync', Math.round(fast.syncMs), 'ms'),
    info('1,000/s: 130429 answers', fast.throttled, 'answers'),
    atMost('80/s: 130429 answers from a sandbox enforcing 80/s', slow.throttled, 'answers', 0),
    info('80/s: sustained rate', Math.round(slow.requests / slow.elapsed), 'sends/s'),
  ];
  return { title: `executor against a sandbox in another process (${seconds} s at 1,000/s, journal on)`, figures };
}
