/**
 * `wajourney run JOURNEY --audience CSV [--channel FILE] [--data DIR] [--json] [--dry-run]`
 * (journey format spec, "Command line"): executes a journey against the built-in sandbox (a
 * `sandbox` channel, started in this process) or Meta (a `meta` channel, token from
 * WAJOURNEY_TOKEN). Run again with the same --data, it resumes from its journal. Refuses a
 * journey with an error finding (exit 1). Prints the per-node counts `simulate` prints and the
 * cost of the delivered messages, and with --json the sends a crash left uncertain.
 *
 * Beyond the spec: --templates FILE (as validate), --webhook-port N (where a tunnel or a
 * sandbox started on its own posts webhooks; WAJOURNEY_APP_SECRET signs them).
 */
import { writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Channel } from '../../../../core/journey/channel';
import { hasErrors, validateJourney } from '../../../../core/rules';
import { dryRunSends } from '../../executor/dry-run';
import type { DiePoint, RunSnapshot } from '../../executor/executor-types';
import { createRunFiles, readRunSpec, runDir, type RunSpec } from '../../executor/run-files';
import { openRunSession } from '../../executor/run-session';
import type { CommandIo, CommandRun } from '../command-registry';
import { parseFlags, parsePort } from '../flags';
import { audienceRows, readInput, readJourneyInputs, readSideFile, type InputIo } from '../input-files';
import { UsageError } from '../usage-error';
import { findingsText } from './validate-output';
import { costLines } from './simulate-output';
import { languageOf } from './validate';
import { parseChannelsFile } from '../../../../core/journey';
import type { RunCost } from '../../../../core/reports';
import { runCostOf } from '../../reports/run-report';

type RunIo = CommandIo & InputIo & { isTTY: boolean };

export const run: CommandRun = (argv, io) =>
  runCommand(argv, { ...io, isTTY: process.stderr.isTTY === true, readFile: (path) => readFile(resolve(io.cwd, path), 'utf8') });

/** The sandbox channel a journey runs on when it names no channel it carries. */
const DEFAULT_CHANNEL = Channel.parse({ id: 'sandbox', displayName: 'Sandbox', mode: 'sandbox', messagingLimit: null, throughputMps: 80 });

export async function runCommand(argv: readonly string[], io: RunIo): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    {
      audience: { type: 'string' }, channel: { type: 'string' }, templates: { type: 'string' }, data: { type: 'string' },
      json: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, 'webhook-port': { type: 'string' },
    },
    true,
  );
  if (positionals.length !== 1) throw new UsageError('run needs one JOURNEY file (see wajourney run --help)');
  if (!values.audience) throw new UsageError('run needs --audience CSV');
  const path = positionals[0] as string;
  const inputs = await readJourneyInputs(io, path, { templates: values.templates });
  const channels = values.channel ? [...(await readSideFile(io, values.channel, parseChannelsFile)), ...inputs.channels] : inputs.channels;
  const channel = channels.find((c) => c.id === inputs.journey.channel) ?? channels[0] ?? DEFAULT_CHANNEL;
  const audienceText = await readInput(io, values.audience);
  const contacts = audienceRows(io, values.audience, audienceText);
  const findings = validateJourney({ journey: inputs.journey, templates: inputs.templates, channels: [channel], audience: contacts, language: languageOf(io.env) });
  if (hasErrors(findings)) {
    io.stderr(findingsText(path, findings.filter((f) => f.severity === 'error'), false));
    io.stderr('run: the journey has error findings; fix them first (wajourney validate shows them all)\n');
    return 1;
  }
  const runId = `cli-${inputs.journey.id.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 60)}`;
  const fresh: RunSpec = { runId, journey: inputs.journey, templates: inputs.templates, channel, contacts: contacts.length, seed: 1, createdAt: Date.now() };

  if (values['dry-run']) {
    for (const send of dryRunSends(fresh, contacts)) io.stdout(`${JSON.stringify(send)}\n`);
    return 0;
  }

  const dataDir = resolve(io.cwd, values.data ?? 'wajourney-data');
  const dir = runDir(dataDir, runId);
  // The same --data resumes the run frozen at its start, whatever the files say now.
  const spec = readRunSpec(dir) ?? fresh;
  if (spec === fresh) createRunFiles(dataDir, spec, audienceText);
  if (spec.channel.mode === 'meta' && !io.env.WAJOURNEY_TOKEN) throw new UsageError(`channel ${spec.channel.id} is a meta channel: set WAJOURNEY_TOKEN to its access token`);

  const session = await openRunSession({
    // How long a timed-out send waits for its status webhook before the sandbox's fence is asked
    // (settler.ts); against Meta, an unsettled send is then reported uncertain, never resent.
    settleMs: 3_000,
    dir, spec, token: io.env.WAJOURNEY_TOKEN, appSecret: io.env.WAJOURNEY_APP_SECRET, webhookPort: parsePort(values['webhook-port']),
    onProgress: io.isTTY ? (s) => io.stderr(`\r${progressLine(s)}`) : undefined,
    onDiePoint: dieHook(io.env.WAJOURNEY_TEST_DIE),
  });
  if (session.executor.torn) io.stderr(`run: the journal's last ${session.executor.torn.bytes} bytes were torn (a crash mid-write) and were cut\n`);
  if (session.executor.uncertainAtOpen > 0) io.stderr(`run: ${session.executor.uncertainAtOpen} sends were left without an answer by the last stop\n`);
  await session.executor.whenIdle();
  const snapshot = session.executor.snapshot();
  await session.close();
  if (io.isTTY) io.stderr('\n');
  // The cost is read back from the journal, as the Runs screen's report reads it (core/reports run-cost.ts).
  const cost = runCostOf(dataDir, runId);
  io.stdout(values.json ? `${JSON.stringify(summaryJson(snapshot, cost), null, 2)}\n` : summaryText(snapshot, cost));
  if (snapshot.status === 'paused') {
    io.stderr(`run: paused: ${snapshot.pause?.message ?? 'paused'} (Meta error ${snapshot.pause?.code ?? '?'}); run again to resume\n`);
    return 1;
  }
  return 0;
}

function progressLine(s: RunSnapshot): string {
  const sent = Object.values(s.nodes).reduce((sum, node) => sum + node.sent, 0);
  return `${s.status}: ${s.admitted}/${s.contacts} contacts in, ${s.exited} done, ${sent} sent, ${s.inFlight} on the wire`;
}

/** The spec's summary (same keys as simulate's, `cost` included), plus the run's status and uncertain sends. */
export function summaryJson(s: RunSnapshot, cost: RunCost | null) {
  return { contacts: s.contacts, skipped: s.skipped, nodes: s.nodes, errors: s.errors, cost, finishedAt: s.lastEventAt, status: s.status, uncertain: s.uncertain };
}

/** The per-node counts and, read back from the journal like --json's, what the delivered messages cost (simulate's cost lines). */
export function summaryText(s: RunSnapshot, cost: RunCost | null): string {
  const lines = [`run ${s.runId}: ${s.status}, ${s.contacts} contacts, ${s.exited} done`];
  for (const [id, n] of Object.entries(s.nodes)) {
    lines.push(`  ${id}: entered ${n.entered}, sent ${n.sent}, delivered ${n.delivered}, read ${n.read}, replied ${n.replied}, failed ${n.failed}, exited ${n.exited}`);
  }
  for (const [reason, count] of Object.entries(s.skipped)) lines.push(`  skipped (${reason}): ${count}`);
  if (s.uncertain.length > 0) lines.push(`  uncertain sends (outcome unknown, not repeated): ${s.uncertain.length}`);
  if (cost !== null) lines.push(...costLines(cost));
  return `${lines.join('\n')}\n`;
}

/** WAJOURNEY_TEST_DIE=POINT:N kills the process (SIGKILL) the N-th time POINT is reached: soak and kill tests only. */
function dieHook(setting: string | undefined): ((point: DiePoint, count: number, inFlight: number) => void) | undefined {
  const match = /^(intent|request|answer):(\d+)$/.exec(setting ?? '');
  if (match === null) return undefined;
  const [, where, nth] = match;
  return (point, count, inFlight) => {
    if (point !== where || count !== Number(nth)) return;
    // Written synchronously: the kill leaves no time for a buffered stream.
    writeSync(2, `run: test hook: dying at ${point} #${count} with ${inFlight} requests in flight\n`);
    process.kill(process.pid, 'SIGKILL');
  };
}
