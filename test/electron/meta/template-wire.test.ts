import { describe, expect, it } from 'vitest';
import { Template } from '../../../core/whatsapp';
import { fromGraphTemplate, toGraphTemplate } from '../../../electron/host/meta';

describe('template wire format', () => {
  const app = Template.parse({
    name: 'promo_hiver',
    language: 'fr',
    category: 'MARKETING',
    status: 'APPROVED',
    components: {
      header: { format: 'TEXT', text: 'Bonjour {{1}}' },
      body: { text: 'Profitez de {{2}} jusqu’au {{3}}.' },
      footer: { text: 'STOP pour arrêter' },
      buttons: [{ type: 'QUICK_REPLY', text: 'Stop promos' }, { type: 'URL', text: 'Voir', url: 'https://x.example/{{4}}' }],
    },
    examples: { '1': 'Léa', '2': '-20%', '3': '31/01', '4': 'abc' },
  });

  it('numbers each component from {{1}} for Meta, with samples', () => {
    expect(toGraphTemplate(app)).toEqual({
      name: 'promo_hiver',
      language: 'fr',
      category: 'MARKETING',
      parameter_format: 'POSITIONAL',
      components: [
        { type: 'HEADER', format: 'TEXT', text: 'Bonjour {{1}}', example: { header_text: ['Léa'] } },
        { type: 'BODY', text: 'Profitez de {{1}} jusqu’au {{2}}.', example: { body_text: [['-20%', '31/01']] } },
        { type: 'FOOTER', text: 'STOP pour arrêter' },
        { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'Stop promos' }, { type: 'URL', text: 'Voir', url: 'https://x.example/{{1}}', example: ['https://x.example/abc'] }] },
      ],
    });
  });

  it('comes back into one namespace unchanged', () => {
    expect(fromGraphTemplate({ ...toGraphTemplate(app), id: '1', status: 'APPROVED' })).toEqual(app);
  });

  it('maps statuses the app has no word for, and refuses what is not a template', () => {
    const graph = { ...toGraphTemplate(app), id: '1' };
    expect(fromGraphTemplate({ ...graph, status: 'IN_APPEAL' })?.status).toBe('PENDING');
    expect(fromGraphTemplate({ ...graph, status: 'PENDING_DELETION' })?.status).toBe('DISABLED');
    expect(fromGraphTemplate({ ...graph, status: 'APPROVED', category: 'NOPE' })).toBeNull();
  });
});
