/**
 * `wajourney simulate JOURNEY --audience CSV [--world FILE] [--seed N] [--start ISO] [--json]`
 * (journey format spec, "Command line"), with `--templates FILE` and `--channels FILE` as for
 * validate. Plays the journey even when it has error findings (that is how a lesson shows a
 * rule biting). The same inputs, seed and start give byte-identical output, so both have
 * fixed defaults: seed 1, and the sample workspace's date. An input that cannot be read is a
 * UsageError: one line on stderr, exit 2.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Channel, Journey } from '../../../../core/journey';
import { createSimulation, parseWorldFile, type SimulationProgress } from '../../../../core/sim';
import type { CommandIo, CommandRun } from '../command-registry';
import { parseFlags } from '../flags';
import { readAudience, readInput, readJourneyInputs, unreadable, type InputIo } from '../input-files';
import { UsageError } from '../usage-error';
import { progressLine, resultJson, resultText } from './simulate-output';

/** The start when `--start` is not given: the date the sample workspace's audience is set for. */
export const DEFAULT_START = '2026-12-01T09:00:00.000Z';
export const DEFAULT_SEED = 1;
/** Events per batch: between batches the progress line is redrawn. */
const BATCH = 250_000;
/** Least wall time between two redraws of the progress line. */
const REDRAW_MS = 200;

/** What the command needs besides the registry's io. */
export type SimulateIo = CommandIo &
  InputIo & {
    /** Whether stderr is a terminal: the progress line is drawn only then. */
    stderrIsTTY: boolean;
    /** The wall clock, for redrawing the progress line now and then (never for the simulation). */
    clock: () => number;
    /** Events per batch, between redraws of the progress line (250,000 unless a test sets it). */
    batch?: number;
  };

/** The command as the registry runs it: files relative to the working directory. */
export const run: CommandRun = (argv, io) =>
  simulateCommand(argv, {
    ...io,
    readFile: (path) => readFile(resolve(io.cwd, path), 'utf8'),
    stderrIsTTY: process.stderr.isTTY === true,
    clock: () => Date.now(),
  });

function parseSeed(text: string | undefined): number {
  if (text === undefined) return DEFAULT_SEED;
  if (!/^\d{1,16}$/.test(text) || !Number.isSafeInteger(Number(text))) throw new UsageError(`invalid --seed '${text}': expected a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`);
  return Number(text);
}

function parseStart(text: string | undefined): number {
  const at = Date.parse(text ?? DEFAULT_START);
  // Date.parse also takes formats that are not ISO 8601: ask for a date and time with a zone.
  if (text !== undefined && (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text) || Number.isNaN(at))) {
    throw new UsageError(`invalid --start '${text}': expected an ISO 8601 date and time with a zone, such as 2026-12-01T09:00:00Z`);
  }
  return at;
}

/** The journey's channel by id, or the only channel given; null (no capacity limits) otherwise. */
function channelFor(journey: Journey, channels: readonly Channel[]): Channel | null {
  if (journey.channel !== undefined) return channels.find((c) => c.id === journey.channel) ?? null;
  return channels.length === 1 ? (channels[0] as Channel) : null;
}

function describeChannel(channel: Channel | null, journey: Journey): string {
  if (channel === null) {
    const why = journey.channel === undefined ? 'no channel given' : `channel ${journey.channel} not found (give it with --channels)`;
    return `${why}, so no messaging limit, 80 messages per second`;
  }
  const limit = channel.messagingLimit === null ? 'no messaging limit' : `a messaging limit of ${channel.messagingLimit.toLocaleString('en-US')} contacts a day`;
  return `channel ${channel.id}, ${limit}, ${channel.throughputMps} messages per second, quality ${channel.quality}`;
}

/** Runs `simulate` with the arguments after the command name; answers the exit code. */
export async function simulateCommand(argv: readonly string[], io: SimulateIo): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    {
      audience: { type: 'string' },
      world: { type: 'string' },
      seed: { type: 'string' },
      start: { type: 'string' },
      json: { type: 'boolean' },
      templates: { type: 'string' },
      channels: { type: 'string' },
    },
    true,
  );
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'simulate needs a JOURNEY file (see wajourney simulate --help)' : `simulate takes one JOURNEY file, got ${positionals.length}`);
  }
  if (values.audience === undefined) throw new UsageError('simulate needs --audience CSV: the contacts to play the journey over');
  const seed = parseSeed(values.seed);
  const start = parseStart(values.start);
  const { journey, templates, channels } = await readJourneyInputs(io, positionals[0] as string, values);
  const audience = await readAudience(io, values.audience);
  let world;
  if (values.world !== undefined) {
    const loaded = parseWorldFile(await readInput(io, values.world));
    if (!loaded.ok) throw unreadable(values.world, loaded.errors);
    world = loaded.value;
  }
  const channel = channelFor(journey, channels);

  const sim = createSimulation({ journey, templates, channel, audience, world, start, seed });
  let drawnAt = Number.NEGATIVE_INFINITY;
  const draw = (progress: SimulationProgress) => {
    if (!io.stderrIsTTY || io.clock() - drawnAt < REDRAW_MS) return;
    drawnAt = io.clock();
    io.stderr(progressLine(progress));
  };
  while (!sim.runBatch(io.batch ?? BATCH)) draw(sim.progress());
  if (drawnAt !== Number.NEGATIVE_INFINITY) io.stderr('\r\u001b[2K'); // clear the progress line

  const result = sim.result();
  io.stdout(values.json ? resultJson(result) : resultText(result, journey, describeChannel(channel, journey)));
  return 0;
}
