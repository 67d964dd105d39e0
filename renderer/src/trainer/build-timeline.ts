/** Plays the simulation behind a trainer timeline: one audience contact, or a persona. */
import type { Channel, Contact, Journey } from '../../../core/journey';
import { WorldModel } from '../../../core/journey/world';
import type { Timeline } from '../../../core/sim';
import type { Template } from '../../../core/whatsapp/template';
import { simulationRequest } from '../simulation/sim-input';
import type { SimulationRunner } from '../simulation/sim-runner';
import { personaSetup } from './personas';
import type { Persona } from './personas';

export type TimelineSource = { kind: 'contact'; row: number } | { kind: 'persona'; persona: Persona };

export interface TimelineInput {
  journey: Journey;
  templates: readonly Template[];
  channels: readonly Channel[];
  /** The audience (a persona is modelled on its first contact, for its attributes). */
  audience: Contact[];
  base: Contact;
  start: number;
  seed: number;
}

/** The chosen contact's timeline and the contact itself (its last inbound time opens the window). */
export async function buildTimeline(runner: SimulationRunner, source: TimelineSource, input: TimelineInput): Promise<{ timeline: Timeline; contact: Contact } | null> {
  const common = { journey: input.journey, templates: input.templates, channels: input.channels, start: input.start, seed: input.seed };
  if (source.kind === 'contact') {
    // The whole audience plays, so the messaging limit and the others' sends shape this contact's path.
    const request = simulationRequest({ ...common, audience: input.audience, world: WorldModel.parse({}), trace: [source.row] });
    const result = await runner.run(request).result;
    const timeline = result.timelines[0];
    const contact = input.audience[source.row];
    return timeline && contact ? { timeline, contact } : null;
  }
  const setup = personaSetup(source.persona, input.base);
  const request = simulationRequest({ ...common, audience: setup.contacts, world: setup.world, trace: setup.contacts.map((_, i) => i) });
  const result = await runner.run(request).result;
  const timeline = setup.pick(result.timelines);
  const contact = timeline ? setup.contacts[timeline.contact] : undefined;
  return timeline && contact ? { timeline, contact } : null;
}
