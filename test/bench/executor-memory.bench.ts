/**
 * `npm run bench executor-memory`: what the executor holds per contact in progress. A journey
 * sends a message, then waits 3 days before the next: N contacts (EXECUTOR_MEMORY_CONTACTS,
 * default 1,000,000) go in at 1,000/s on a virtual clock, get their first message from an
 * in-process sender that accepts at once, and park in the wait. Memory is read after a full GC: when the run was opened (the
 * per-row arrays sized for the audience), once every contact is parked, and again after the
 * run is reopened from its journal (a restart in the middle of the wait).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { RunExecutor } from '../../electron/host/executor/executor';
import { runFiles } from '../../electron/host/executor/run-files';
import type { RunSpec } from '../../electron/host/executor/run-files';
import type { Sender } from '../../electron/host/executor/sender';
import { channel, makeRun, START, VirtualClock, waitJourney } from '../electron/executor/helpers';
import { atMost, info, type BenchReport } from './report';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const MB = 1024 * 1024;

interface Memory {
  rss: number;
  heap: number;
  /** ArrayBuffers (typed arrays, Buffers): outside the JS heap, inside the RSS. */
  buffers: number;
}

function memory(): Memory {
  for (let i = 0; i < 3; i++) gc();
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed, buffers: m.arrayBuffers };
}

/** Runs the virtual clock until every contact is parked, never as far as the wait's end. */
async function parkAll(run: RunExecutor, clock: VirtualClock, contacts: number): Promise<void> {
  const parked = () => {
    const s = run.snapshot();
    return s.admitted === contacts && s.inFlight === 0 && (s.nodes.welcome?.sent ?? 0) + (s.nodes.welcome?.failed ?? 0) === contacts;
  };
  while (!parked()) {
    await clock.runUntil(parked, START + 24 * 3_600_000);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** Accepts every send at once with a wamid as long as Meta's; keeps nothing (its memory is not the run's). */
function acceptingSender(): Sender {
  let serial = 0;
  return { send: async () => ({ ok: true, wamid: `wamid.HBgLMzM2MTAwMDAwMDAVAgARGBI${(++serial).toString(16).padStart(16, '0')}A` }) };
}

async function open(dir: string, spec: RunSpec, clock: VirtualClock): Promise<RunExecutor> {
  return RunExecutor.open({ dir, spec, sender: acceptingSender(), clock, durable: false, maxInFlight: 4_096, jitter: () => 0.5 });
}

/** The first run, in its own scope so that nothing of it is held when the run is reopened. */
async function sendAndPark(dir: string, spec: RunSpec, clock: VirtualClock, contacts: number) {
  const first = await open(dir, spec, clock);
  const opened = memory();
  const started = performance.now();
  first.start();
  await parkAll(first, clock, contacts);
  const seconds = (performance.now() - started) / 1000;
  // At 1,000/s (Meta's highest throughput) the last contacts were touched seconds ago: a
  // contact leaves memory once nothing has touched it for a while. A minute on (well inside
  // the wait) and one tick of the loop later, the audience is parked as it stays for 3 days.
  clock.time += 60_000;
  first.loop.schedule(0);
  await clock.runUntil(() => false, clock.time + 1);
  const parked = memory();
  const waiting = first.snapshot().nodes.wait?.entered ?? 0;
  first.close();
  return { opened, parked, seconds, waiting };
}

export async function run(): Promise<BenchReport> {
  const contacts = Number(process.env.EXECUTOR_MEMORY_CONTACTS ?? 1_000_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'wajourney-bench-memory-'));
  try {
    const { dir, spec } = makeRun(dataDir, contacts, { journey: waitJourney(3), channel: channel({ throughputMps: 1_000 }) });
    const clock = new VirtualClock();
    const before = memory();
    const firstRun = await sendAndPark(dir, spec, clock, contacts);
    gc();

    const reopenedAt = performance.now();
    const second = await open(dir, spec, new VirtualClock(clock.time));
    const replaySeconds = (performance.now() - reopenedAt) / 1000;
    const resumed = memory();
    const stillWaiting = second.snapshot().nodes.wait?.entered ?? 0;
    second.close();
    const { opened, parked, seconds, waiting } = firstRun;

    const perContact = (bytes: number) => Math.round(bytes / contacts);
    const total = (m: Memory) => m.heap + m.buffers - before.heap - before.buffers;
    return {
      title: `executor memory: ${contacts.toLocaleString('en')} contacts parked in a 3-day wait`,
      figures: [
        info('contacts parked in the wait', waiting, 'contacts'),
        info('time to send and park them (virtual clock)', seconds, 's'),
        info('per-row arrays sized at open', perContact(opened.buffers - before.buffers + opened.heap - before.heap), 'B/contact'),
        info('JS heap growth per parked contact', perContact(parked.heap - opened.heap), 'B/contact'),
        info('buffer growth per parked contact', perContact(parked.buffers - opened.buffers), 'B/contact'),
        atMost('heap + buffers of the run, all parked', total(parked) / MB, 'MB', 500),
        info('RSS with every contact parked', parked.rss / MB, 'MB'),
        info('reopen from the journal (replay)', replaySeconds, 's'),
        info('contacts back in the wait after reopening', stillWaiting, 'contacts'),
        atMost('heap + buffers of the run after reopening', total(resumed) / MB, 'MB', 500),
        info('RSS after reopening', resumed.rss / MB, 'MB'),
        info('journal size', statSync(runFiles(dir).journal).size / MB, 'MB'),
      ],
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
