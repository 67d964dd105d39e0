/** A small, complete journey file as plain JSON, fresh on every call so tests can mutate it. */
type Json = Record<string, unknown>;

export function validFileJson(): Json & { journey: Json & { nodes: Json[]; edges: Json[] } } {
  return {
    format: 'wa-journey',
    version: 1,
    journey: {
      id: 'welcome-fr',
      name: 'Welcome series (FR)',
      channel: 'ch-fr',
      timezone: 'Europe/Paris',
      quietHours: { start: '21:00', end: '08:00' },
      nodes: [
        { id: 'n1', type: 'entry', position: { x: 0, y: 0 }, data: { source: 'audience' } },
        { id: 'n2', type: 'whatsapp_template', data: { template: 'promo_hiver', language: 'fr', parameters: { '1': '{{contact.first_name}}', '2': '-20%' } } },
        { id: 'n3', type: 'wait', data: { mode: 'duration', duration: { amount: 2, unit: 'hours' } } },
        { id: 'n4', type: 'exit', data: {} },
      ],
      edges: [
        { id: 'e1', source: 'n1', sourceHandle: 'out', target: 'n2' },
        { id: 'e2', source: 'n2', target: 'n3' },
        { id: 'e3', source: 'n3', sourceHandle: 'out', target: 'n4' },
      ],
    },
    templates: [
      {
        name: 'promo_hiver', language: 'fr', category: 'MARKETING', status: 'APPROVED', businessUnit: 'bu-fr',
        components: { header: { format: 'TEXT', text: 'Bonjour {{1}}' }, body: { text: 'Profitez de {{2}} sur toute la collection.' } },
      },
    ],
    channels: [{ id: 'ch-fr', displayName: 'Maison Dupont', businessUnit: 'bu-fr', phoneNumber: '+33612345678', mode: 'sandbox' }],
  };
}

/** The same file as text, as a user would open it. */
export function validFileText(): string {
  return JSON.stringify(validFileJson(), null, 2);
}
