/**
 * Kill and resume: the `wajourney run` CLI in a child process against a sandbox in this
 * process (which outlives every kill), SIGKILLed by its test-only hook (WAJOURNEY_TEST_DIE) at
 * seeded points, including between "request written" and "answer journaled", then started
 * again on the same --data until it completes. The sandbox's message record is the judge.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Prng } from '../../core/sim/prng';
import { parseSendKey } from '../../electron/host/executor/journal-records';
import { startSandbox } from '../../electron/host/sandbox';
import { audienceCsv, oneMessageJourney, welcomeTemplate } from '../electron/executor/helpers';

const root = fileURLToPath(new URL('../../', import.meta.url));
const APP_SECRET = 'soak-secret';
const POINTS = ['intent', 'request', 'answer'] as const;
/** The CLI's run id for the journey `j-one`. */
const RUN_ID = 'cli-j-one';

export interface KillResumeFigures {
  contacts: number;
  kills: number;
  /** Processes that died by the hook (a late kill point may be after the end). */
  died: number;
  duplicates: number;
  lost: number;
  /** Most uncertain sends found at one restart, and the most requests in flight at one death. */
  maxUncertainPerCrash: number;
  maxInFlightAtDeath: number;
  /** Restarts that found more uncertain sends than requests were in flight at the death before. */
  uncertainOverInFlight: number;
  seconds: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function runChild(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; signal: string | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'electron/host/cli/bin.mjs'), ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('close', (code, signal) => resolve({ code, signal, stderr, stdout }));
  });
}

export async function killAndResume(options: { dir: string; contacts: number; kills: number; seed: number; mps?: number; log?: (line: string) => void }): Promise<KillResumeFigures> {
  const started = performance.now();
  const { dir, contacts, kills } = options;
  const rng = new Prng(options.seed);
  const webhookPort = await freePort();
  const sandbox = await startSandbox({ templates: [welcomeTemplate], appSecret: APP_SECRET, webhookUrl: `http://127.0.0.1:${webhookPort}/webhook`, mps: options.mps ?? 200, seed: options.seed, webhookRetry: { maxAttempts: 50, retryBaseMs: 200 } });
  const journeyPath = join(dir, 'one.journey.json');
  const channelPath = join(dir, 'channel.json');
  const csvPath = join(dir, 'audience.csv');
  writeFileSync(journeyPath, JSON.stringify({ format: 'wa-journey', version: 1, journey: { ...oneMessageJourney(), channel: 'sb' }, templates: [welcomeTemplate] }));
  writeFileSync(channelPath, JSON.stringify([{ id: 'sb', displayName: 'Sandbox apart', mode: 'meta', graphBaseUrl: sandbox.baseUrl, phoneNumberId: sandbox.phoneNumberId, wabaId: sandbox.wabaId, messagingLimit: null, throughputMps: options.mps ?? 200 }]));
  writeFileSync(csvPath, audienceCsv(contacts));
  const args = ['run', journeyPath, '--audience', csvPath, '--channel', channelPath, '--data', join(dir, 'data'), '--json', '--webhook-port', String(webhookPort)];
  const env = { WAJOURNEY_TOKEN: 'soak-token', WAJOURNEY_APP_SECRET: APP_SECRET };
  let died = 0;
  let maxUncertain = 0;
  let maxInFlight = 0;
  let over = 0;
  let lastInFlight = Number.POSITIVE_INFINITY;
  const readUncertain = (stderr: string) => Number(/(\d+) sends were left without an answer/.exec(stderr)?.[1] ?? 0);
  try {
    for (let k = 0; k < kills; k++) {
      const point = POINTS[rng.below(POINTS.length)] as (typeof POINTS)[number];
      // Intents are committed once per tick (a batch), answers one by one.
      const nth = 1 + rng.below(point === 'intent' ? 3 : Math.max(2, Math.floor(contacts / (kills * 2))));
      const result = await runChild(args, { ...env, WAJOURNEY_TEST_DIE: `${point}:${nth}` });
      const uncertain = readUncertain(result.stderr);
      maxUncertain = Math.max(maxUncertain, uncertain);
      if (uncertain > lastInFlight) over++;
      const death = /dying at (\w+) #(\d+) with (\d+) requests in flight/.exec(result.stderr);
      if (result.signal === 'SIGKILL' && death) {
        died++;
        lastInFlight = Number(death[3]);
        maxInFlight = Math.max(maxInFlight, lastInFlight);
      } else {
        lastInFlight = Number.POSITIVE_INFINITY;
        if (result.code !== 0) throw new Error(`run exited ${result.code}: ${result.stderr}`);
      }
      options.log?.(`kill ${k + 1}/${kills} at ${point}:${nth}: ${death ? `died with ${death[3]} in flight` : 'finished first'}, ${uncertain} uncertain at restart, ${sandbox.messages().length} in the record`);
    }
    const final = await runChild(args, env);
    const uncertain = readUncertain(final.stderr);
    maxUncertain = Math.max(maxUncertain, uncertain);
    if (uncertain > lastInFlight) over++;
    if (final.code !== 0) throw new Error(`the last run exited ${final.code}: ${final.stderr}`);
    // By send, not by key: a send resent after the fence settled it "never arrived" carries a
    // new key generation, and its first key arriving late as well would be a duplicate.
    const counts = new Map<string, number>();
    for (const message of sandbox.messages()) {
      const send = parseSendKey(RUN_ID, message.bizOpaqueCallbackData ?? '');
      const id = send === null ? `stray:${message.bizOpaqueCallbackData}` : `${send.contact}:${send.node}`;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    let duplicates = 0;
    for (const n of counts.values()) duplicates += n - 1;
    let lost = 0;
    for (let c = 0; c < contacts; c++) if (!counts.has(`${c}:1`)) lost++;
    return { contacts, kills, died, duplicates, lost, maxUncertainPerCrash: maxUncertain, maxInFlightAtDeath: maxInFlight, uncertainOverInFlight: over, seconds: (performance.now() - started) / 1000 };
  } finally {
    await sandbox.close();
  }
}
