/**
 * The simulator benchmark's journey (12 nodes: a marketing template with buttons, a wait for a
 * reply, an engagement split, session messages, a random split, two waits and a utility
 * reminder) and an audience generated in memory, not parsed from CSV.
 */
import { Journey } from '../../core/journey';
import type { Contact } from '../../core/journey/contact';
import type { AudienceSource } from '../../core/sim';
import { Template } from '../../core/whatsapp/template';

export const benchJourney: Journey = Journey.parse({
  id: 'bench',
  name: 'Benchmark: offer, reply handling, A/B reminder',
  timezone: 'Europe/Paris',
  nodes: [
    { id: 'entry', type: 'entry', data: { source: 'audience' } },
    { id: 'offer', type: 'whatsapp_template', data: { template: 'offer', language: 'fr', parameters: { '1': '{{contact.first_name}}', '2': '-20%' } } },
    { id: 'wait-reply', type: 'wait_for_reply', data: { timeout: { amount: 1, unit: 'days' }, match: { buttons: ['Oui', 'Non'] } } },
    { id: 'said-yes', type: 'split_engagement', data: { message: 'offer', metric: 'clicked', button: 'Oui' } },
    { id: 'thanks', type: 'whatsapp_session', data: { message: { kind: 'text', text: 'Merci ! Voici le lien.' } } },
    { id: 'sorry', type: 'whatsapp_session', data: { message: { kind: 'text', text: 'Dommage, à bientôt.' } } },
    { id: 'ab', type: 'split_random', data: { branches: [{ id: 'a', percent: 50 }, { id: 'b', percent: 50 }] } },
    { id: 'wait-2d', type: 'wait', data: { mode: 'duration', duration: { amount: 2, unit: 'days' } } },
    { id: 'wait-10am', type: 'wait', data: { mode: 'time_of_day', time: '10:00' } },
    { id: 'reminder', type: 'whatsapp_template', data: { template: 'reminder', language: 'fr', parameters: { '1': '{{contact.first_name}}' } } },
    { id: 'done', type: 'exit', data: {} },
    { id: 'done-reminded', type: 'exit', data: {} },
  ],
  edges: [
    ['entry', 'out', 'offer'],
    ['offer', 'out', 'wait-reply'],
    ['wait-reply', 'replied', 'said-yes'],
    ['wait-reply', 'timeout', 'ab'],
    ['said-yes', 'yes', 'thanks'],
    ['said-yes', 'no', 'sorry'],
    ['thanks', 'out', 'done'],
    ['sorry', 'out', 'done'],
    ['ab', 'a', 'wait-2d'],
    ['ab', 'b', 'wait-10am'],
    ['wait-2d', 'out', 'reminder'],
    ['wait-10am', 'out', 'reminder'],
    ['reminder', 'out', 'done-reminded'],
  ].map(([source, sourceHandle, target], i) => ({ id: `e${i}`, source, sourceHandle, target })),
});

export const benchTemplates: Template[] = [
  Template.parse({
    name: 'offer',
    language: 'fr',
    category: 'MARKETING',
    status: 'APPROVED',
    components: { body: { text: 'Bonjour {{1}}, profitez de {{2}} cette semaine. Intéressé ?' }, buttons: [{ type: 'QUICK_REPLY', text: 'Oui' }, { type: 'QUICK_REPLY', text: 'Non' }] },
  }),
  Template.parse({
    name: 'reminder',
    language: 'fr',
    category: 'UTILITY',
    status: 'APPROVED',
    components: { body: { text: 'Bonjour {{1}}, votre remise expire bientôt.' } },
  }),
];

const FIRST_NAMES = ['Ana', 'Louis', 'Emma', 'Hugo', 'Léa', 'Jules', 'Chloé', 'Noah', 'Inès', 'Yanis'];

/**
 * `size` consenting French contacts (one in 20 without marketing opt-in), built in memory.
 * Attribute records are shared between contacts, as a CSV import of repeated values would not
 * be; the point is to measure the simulator, not the audience.
 */
export function benchAudience(size: number): AudienceSource {
  const attributes = FIRST_NAMES.map((first_name) => ({ first_name }));
  const contacts: Contact[] = new Array<Contact>(size);
  for (let i = 0; i < size; i++) {
    contacts[i] = {
      phone: `+336${String(10_000_000 + i).padStart(8, '0')}`,
      country: 'FR',
      locale: 'fr',
      whatsappOptIn: true,
      marketingOptIn: i % 20 !== 0,
      attributes: attributes[i % attributes.length] as Record<string, string>,
    };
  }
  return { size, get: (i) => contacts[i] as Contact };
}
