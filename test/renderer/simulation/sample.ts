/** The sample workspace and a simulation of its promotion, as the simulation tests use them. */
import type { SimulationInput } from '../../../core/sim';
import { sampleWorkspace } from '../../../renderer/src/workspace/sample-workspace';

export const START = Date.UTC(2026, 11, 1, 9);

/** The sample promotion over the sample audience with the typical world, seed 7. */
export function sampleInput(seed = 7): SimulationInput & { journey: ReturnType<typeof sampleWorkspace>['journeys'][number] } {
  const sample = sampleWorkspace();
  const journey = sample.journeys.find((j) => j.id === 'promo-reply');
  if (!journey) throw new Error('the sample promotion is missing');
  const channel = sample.channels.find((c) => c.id === journey.channel) ?? null;
  return {
    journey,
    templates: sample.templates,
    channel: channel && { messagingLimit: channel.messagingLimit, throughputMps: channel.throughputMps, quality: channel.quality },
    audience: sample.audiences[0]?.contacts ?? [],
    start: START,
    seed,
  };
}
