/** Small, valid models for the database tests. */
import type { Channel, Contact, Journey } from '../../../core/journey';
import type { Template } from '../../../core/whatsapp/template';

export function journey(id: string, name = `Journey ${id}`): Journey {
  return {
    id, name, timezone: 'UTC',
    nodes: [
      { id: 'n1', type: 'entry', position: { x: 0, y: 0 }, data: { source: 'audience' } },
      { id: 'n2', type: 'exit', position: { x: 0, y: 120 }, data: {} },
    ],
    edges: [{ id: 'e1', source: 'n1', sourceHandle: 'out', target: 'n2' }],
  } as Journey;
}

export function template(name: string, language = 'fr', status: Template['status'] = 'APPROVED', body = 'Bonjour {{1}}, bienvenue.'): Template {
  return { name, language, category: 'UTILITY', status, businessUnit: 'bu-demo', components: { body: { text: body } } };
}

export function channel(id: string, displayName = `Channel ${id}`): Channel {
  return { id, displayName, mode: 'sandbox', businessUnit: 'bu-demo', messagingLimit: 1000, quality: 'GREEN', throughputMps: 80 };
}

/** `n` contacts numbered from `from`; every third has marketing opt-in, every fifth wrote in at `inboundAt`. */
export function contacts(n: number, from = 0, inboundAt?: string): Contact[] {
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    const contact: Contact = {
      phone: `+3361${String(i).padStart(7, '0')}`,
      whatsappOptIn: i % 10 !== 0,
      marketingOptIn: i % 3 === 0,
      attributes: { first_name: `Name ${i}` },
    };
    if (inboundAt !== undefined && i % 5 === 0) contact.lastInboundAt = inboundAt;
    return contact;
  });
}
