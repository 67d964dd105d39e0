/** What a simulation of the open journey needs, gathered from the workspace. */
import type { Channel, Contact, Journey } from '../../../core/journey';
import type { WorldModel } from '../../../core/journey/world';
import type { SimulationRequest } from '../../../core/sim';
import type { Template } from '../../../core/whatsapp/template';
import { getContactsPage } from '../../db';

const PAGE = 10_000;

/** Every contact of an audience, page by page (an index range each). */
export async function loadAudienceContacts(audienceId: string, count: number): Promise<Contact[]> {
  const contacts: Contact[] = [];
  for (let offset = 0; offset < count; offset += PAGE) contacts.push(...(await getContactsPage(audienceId, offset, PAGE)));
  return contacts;
}

export interface SimulationSetup {
  journey: Journey;
  templates: readonly Template[];
  channels: readonly Channel[];
  audience: Contact[];
  world: WorldModel;
  start: number;
  seed: number;
  /** Audience rows to keep timelines for (the trainer). */
  trace?: number[];
}

/** The worker request: the journey's own channel's capacity, the library's templates. */
export function simulationRequest(setup: SimulationSetup): SimulationRequest {
  const channel = setup.channels.find((c) => c.id === setup.journey.channel);
  return {
    journey: setup.journey,
    templates: [...setup.templates],
    channel: channel ? { messagingLimit: channel.messagingLimit, throughputMps: channel.throughputMps, quality: channel.quality } : null,
    audience: setup.audience,
    world: setup.world,
    start: setup.start,
    seed: setup.seed,
    ...(setup.trace ? { options: { trace: setup.trace } } : {}),
  };
}

/** The next full hour, as a datetime-local value in the user's own clock (a start time to offer). */
export function nextHourInput(): string {
  const d = new Date();
  d.setMinutes(60, 0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:00`;
}
