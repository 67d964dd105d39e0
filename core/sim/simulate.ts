/**
 * Playing a journey over an audience: the entry points of the simulator. Pure and
 * deterministic: the clock is virtual, the random source is seeded, and nothing platform-
 * specific is used, so it runs alike in a Web Worker, the main process, the CLI and tests.
 */
import { compileJourney } from '../interpreter/compile';
import type { Channel } from '../journey/channel';
import type { Contact } from '../journey/contact';
import type { Journey } from '../journey/journey';
import { WorldModel } from '../journey/world';
import type { PricingCard } from '../whatsapp/pricing';
import { DEFAULT_THROUGHPUT_MPS } from '../whatsapp/throughput';
import type { Template } from '../whatsapp/template';
import { Simulation } from './engine';
import type { SimulationProgress, SimulationResult } from './result';
import type { AudienceSource, SimEventSink } from './sim-state';

const DAY_MS = 24 * 3_600_000;

/** How long a simulation runs at most, by default: contacts still waiting then are reported as waiting. */
export const DEFAULT_HORIZON_MS = 90 * DAY_MS;
/** Events between progress reports (and cancellation checks), by default. */
export const DEFAULT_PROGRESS_EVERY = 100_000;

export interface SimulationInput {
  journey: Journey;
  /** Templates available: the journey file's own, then the workspace library. */
  templates?: readonly Template[];
  /**
   * The channel's capacity: messaging limit, throughput and current quality. Without one the
   * run assumes no messaging limit and the default 80 messages per second.
   */
  channel?: Pick<Channel, 'messagingLimit' | 'throughputMps' | 'quality'> | null;
  audience: AudienceSource | readonly Contact[];
  /** Defaults to the spec's defaults (`WorldModel.parse({})`). */
  world?: WorldModel;
  /** When the journey starts, epoch ms. */
  start: number;
  /** Any safe integer; printed in the result so a run can be repeated. */
  seed: number;
}

/** Something with an `aborted` flag, as an AbortSignal has. */
export interface CancelFlag {
  readonly aborted: boolean;
}

export interface SimulationOptions {
  /** Simulated time after `start` at which the run stops (default 90 days). */
  horizonMs?: number;
  /** Contacts to keep full timelines for: audience rows (0-based) or phone numbers. */
  trace?: readonly (number | string)[];
  /** Events between progress reports and cancellation checks. */
  progressEvery?: number;
  onProgress?: (progress: SimulationProgress) => void;
  /** Checked between batches: once aborted, the run stops and reports what it has. */
  signal?: CancelFlag;
  /** Stop after this many events (a runaway loop guard; default 200 per contact plus a million). */
  maxEvents?: number;
  pricingCard?: PricingCard;
  /** Every contact's events as they are played, streamed (reports build their extracts from them). */
  onEvent?: SimEventSink;
}

/** An array of contacts as an {@link AudienceSource}. */
export function audienceOf(contacts: AudienceSource | readonly Contact[]): AudienceSource {
  if (!Array.isArray(contacts)) return contacts as AudienceSource;
  const list = contacts as readonly Contact[];
  return { size: list.length, get: (i) => list[i] as Contact };
}

/** Builds a simulation ready to run in batches (for callers that schedule the batches themselves). */
export function createSimulation(input: SimulationInput, options: SimulationOptions = {}): Simulation {
  const audience = audienceOf(input.audience);
  const channel = input.channel ?? { messagingLimit: null, throughputMps: DEFAULT_THROUGHPUT_MPS, quality: 'GREEN' as const };
  return new Simulation(
    {
      compiled: compileJourney(input.journey, { templates: input.templates ?? [] }),
      audience,
      world: input.world ?? WorldModel.parse({}),
      channel,
      start: input.start,
      seed: input.seed,
      horizon: input.start + (options.horizonMs ?? DEFAULT_HORIZON_MS),
      trace: options.trace ?? [],
      pricingCard: options.pricingCard,
      onEvent: options.onEvent,
    },
    options.maxEvents ?? audience.size * 200 + 1_000_000,
  );
}

/** Runs a simulation to its end (or cancellation) in one go, reporting progress between batches. */
export function simulate(input: SimulationInput, options: SimulationOptions = {}): SimulationResult {
  const sim = createSimulation(input, options);
  const every = Math.max(1, options.progressEvery ?? DEFAULT_PROGRESS_EVERY);
  while (!sim.runBatch(every)) {
    options.onProgress?.(sim.progress());
    if (options.signal?.aborted) sim.stop('cancelled');
  }
  return sim.result();
}

/**
 * Like {@link simulate}, awaiting `yieldToHost` between batches so that the host's event loop
 * runs: in a Web Worker, that is what lets a cancel message arrive and flip the flag.
 */
export async function simulateAsync(
  input: SimulationInput,
  options: SimulationOptions,
  yieldToHost: () => Promise<void>,
): Promise<SimulationResult> {
  const sim = createSimulation(input, options);
  const every = Math.max(1, options.progressEvery ?? DEFAULT_PROGRESS_EVERY);
  while (!sim.runBatch(every)) {
    options.onProgress?.(sim.progress());
    await yieldToHost();
    if (options.signal?.aborted) sim.stop('cancelled');
  }
  return sim.result();
}
