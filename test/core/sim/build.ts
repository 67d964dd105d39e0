/** Helpers for simulator tests: a deterministic world, audiences, and a run with defaults. */
import { WorldModel } from '../../../core/journey/world';
import type { Contact } from '../../../core/journey/contact';
import { simulate, type SimulationInput, type SimulationOptions, type SimulationResult } from '../../../core/sim';
import { contact, T0 } from '../interpreter/build';

export { contact, DAY, HOUR, journey, T0, template } from '../interpreter/build';

/** A world where nothing happens unless asked: every rate 0 except delivery (1), no arrival spread. */
export function world(over: Partial<WorldModel> & Record<string, unknown> = {}): WorldModel {
  return WorldModel.parse({
    deliveryRate: 1,
    readRate: 0,
    replyRate: 0,
    clickRate: 0,
    optOutRate: 0,
    blockRate: 0,
    marketingCapRate: 0,
    ...over,
  });
}

/** `n` contacts, numbered phones, with overrides (a function of the row for mixes). */
export function people(n: number, over: Partial<Contact> | ((i: number) => Partial<Contact>) = {}): Contact[] {
  return Array.from({ length: n }, (_, i) =>
    contact({ phone: `+3361${String(1_000_000 + i)}`, ...(typeof over === 'function' ? over(i) : over) }),
  );
}

/** Runs a simulation with a deterministic world, no messaging limit and 80 messages/s by default. */
export function run(input: Partial<SimulationInput> & Pick<SimulationInput, 'journey' | 'audience'>, options: SimulationOptions = {}): SimulationResult {
  return simulate(
    {
      start: T0,
      seed: 1,
      world: world(),
      channel: { messagingLimit: null, throughputMps: 80, quality: 'GREEN' },
      ...input,
    },
    options,
  );
}
