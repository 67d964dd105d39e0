/**
 * Trainer personas: a contact and a world that make the simulator play one behaviour exactly
 * as its name says. Where the world can say it outright (never reply, reply 30 hours after
 * each message, no marketing consent) one contact plays it. An opt-out "after the second
 * message" cannot be said with per-message rates, so a persona plays copies of the contact
 * with an even chance of opting out at each message and the trainer shows the first copy that
 * opted out at its second; with the same seed it is always the same copy (core/sim is
 * deterministic), and with 64 copies one always does (all missing it: 0.75^64, about 1e-8).
 */
import type { Contact } from '../../../core/journey';
import { WorldModel } from '../../../core/journey/world';
import type { Timeline } from '../../../core/sim';

export const PERSONAS = ['never_replies', 'replies_after_30h', 'opts_out_after_second', 'no_marketing_opt_in'] as const;
export type Persona = (typeof PERSONAS)[number];

/** The late replier's delay: past the 24-hour service window its message did not open anyway. */
export const LATE_REPLY_HOURS = 30;

/** Everything reaches the contact and it reads it; nothing else happens unless a persona says so. */
const QUIET = { deliveryRate: 1, readRate: 1, replyRate: 0, clickRate: 0, optOutRate: 0, blockRate: 0, marketingCapRate: 0 };

export interface PersonaSetup {
  world: WorldModel;
  contacts: Contact[];
  /** Which traced copy shows the behaviour (the first that does). */
  pick(timelines: Timeline[]): Timeline | undefined;
}

const OPT_OUT_COPIES = 64;

const first = (timelines: Timeline[]) => timelines[0];

/** The nodes of the messages a timeline delivered, in order. */
export function deliveredMessages(t: Timeline): string[] {
  return t.entries.flatMap((e) => (e.event === 'delivered' && e.node ? [e.node] : []));
}

/** The contact's STOP came after exactly two delivered messages and answers the second. */
export function optedOutAtSecond(t: Timeline): boolean {
  const stop = t.entries.findIndex((e) => e.event === 'reply' && e.detail === 'STOP');
  if (stop < 0) return false;
  const before = deliveredMessages({ ...t, entries: t.entries.slice(0, stop) });
  return before.length === 2 && t.entries[stop]?.node === before[1];
}

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
      // replyDelaySigma 0 (a simulator extra, core/sim/world-table.ts): every answer exactly at the median.
      return {
        world: WorldModel.parse({ ...QUIET, replyRate: 1, replyDelayMinutes: { median: LATE_REPLY_HOURS * 60 }, replyDelaySigma: 0 }),
        contacts: copies(base, 1, consenting),
        pick: first,
      };
    case 'opts_out_after_second':
      return {
        world: WorldModel.parse({ ...QUIET, optOutRate: 0.5 }),
        contacts: copies(base, OPT_OUT_COPIES, consenting),
        pick: (ts) => ts.find(optedOutAtSecond),
      };
    case 'no_marketing_opt_in':
      return { world: WorldModel.parse(QUIET), contacts: copies(base, 1, { ...consenting, marketingOptIn: false }), pick: first };
  }
}

/** A contact to model personas on when no audience is chosen. */
export const DEFAULT_PERSONA_CONTACT: Contact = { phone: '+33612340000', country: 'FR', locale: 'fr', whatsappOptIn: true, marketingOptIn: true, attributes: { first_name: 'Camille' } };
