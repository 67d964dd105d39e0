/**
 * Trainer personas: a contact and a world that make the simulator play one behaviour. The
 * simulator draws from rates, so a persona plays a handful of copies of the contact with
 * rates that favour the behaviour, and the trainer shows the first copy that behaved so;
 * with the same seed it is always the same copy (core/sim is deterministic).
 */
import type { Contact } from '../../../core/journey';
import { WorldModel } from '../../../core/journey/world';
import type { Timeline } from '../../../core/sim';

export const PERSONAS = ['never_replies', 'replies_after_30h', 'opts_out_after_second', 'no_marketing_opt_in'] as const;
export type Persona = (typeof PERSONAS)[number];

const HOUR_MS = 3_600_000;

/** Everything reaches the contact and it reads it; nothing else happens unless a persona says so. */
const QUIET = { deliveryRate: 1, readRate: 1, replyRate: 0, clickRate: 0, optOutRate: 0, blockRate: 0, marketingCapRate: 0 };

export interface PersonaSetup {
  world: WorldModel;
  contacts: Contact[];
  /** Which traced copy shows the behaviour (the first that does). */
  pick(timelines: Timeline[]): Timeline | undefined;
}

const COPIES = 24;

const first = (timelines: Timeline[]) => timelines[0];
const firstReplyAfter = (t: Timeline, hours: number) => {
  const start = Date.parse(t.entries[0]?.at ?? '');
  const reply = t.entries.find((e) => e.event === 'reply');
  return reply !== undefined && Date.parse(reply.at) - start >= hours * HOUR_MS;
};
const stopAfterSecond = (t: Timeline) => {
  const stop = t.entries.findIndex((e) => e.event === 'reply' && e.detail === 'STOP');
  return stop >= 0 && t.entries.slice(0, stop).filter((e) => e.event === 'delivered').length === 2;
};

function copies(base: Contact, n: number, change: Partial<Contact>): Contact[] {
  return Array.from({ length: n }, (_, i) => ({ ...base, ...change, phone: `+3361999${String(i).padStart(4, '0')}` }));
}

/** The setup of a persona, on the model of `base` (an audience contact, for its attributes). */
export function personaSetup(persona: Persona, base: Contact): PersonaSetup {
  const consenting = { whatsappOptIn: true, marketingOptIn: true, lastInboundAt: undefined };
  switch (persona) {
    case 'never_replies':
      return { world: WorldModel.parse(QUIET), contacts: copies(base, 1, consenting), pick: first };
    case 'replies_after_30h':
      return {
        world: WorldModel.parse({ ...QUIET, replyRate: 1, replyDelayMinutes: { median: 30 * 60 } }),
        contacts: copies(base, COPIES, consenting),
        pick: (ts) => ts.find((t) => firstReplyAfter(t, 30)) ?? ts[0],
      };
    case 'opts_out_after_second':
      return {
        world: WorldModel.parse({ ...QUIET, optOutRate: 0.5 }),
        contacts: copies(base, COPIES, consenting),
        pick: (ts) => ts.find(stopAfterSecond) ?? ts[0],
      };
    case 'no_marketing_opt_in':
      return { world: WorldModel.parse(QUIET), contacts: copies(base, 1, { ...consenting, marketingOptIn: false }), pick: first };
  }
}

/** A contact to model personas on when no audience is chosen. */
export const DEFAULT_PERSONA_CONTACT: Contact = { phone: '+33612340000', country: 'FR', locale: 'fr', whatsappOptIn: true, marketingOptIn: true, attributes: { first_name: 'Camille' } };
