import { describe, expect, it } from 'vitest';
import type { SessionMessage } from '../../../core/journey';
import { Template } from '../../../core/whatsapp';
import { sessionMessageBody, templateMessageBody } from '../../../electron/host/meta';

const order = Template.parse({
  name: 'order_update',
  language: 'pt_BR',
  category: 'UTILITY',
  status: 'APPROVED',
  components: {
    header: { format: 'TEXT', text: 'Pedido {{1}}' },
    body: { text: 'Olá {{2}}, seu pedido chega {{3}}.' },
    buttons: [
      { type: 'QUICK_REPLY', text: 'Sim' },
      { type: 'URL', text: 'Ver', url: 'https://x.example/o/{{4}}' },
    ],
  },
});

describe('templateMessageBody', () => {
  it('builds the exact Cloud API body: per-component positional parameters, url button, opaque key', () => {
    const result = templateMessageBody({ to: '+55 11 99999-9999', template: order, values: { '1': '#42', '2': 'Ana', '3': 'amanhã', '4': 'ORD42' }, bizOpaqueCallbackData: 'run1:c7:n2:1' });
    expect(result).toEqual({
      ok: true,
      body: {
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: '5511999999999',
        biz_opaque_callback_data: 'run1:c7:n2:1',
        type: 'template',
        template: {
          name: 'order_update',
          language: { code: 'pt_BR', policy: 'deterministic' },
          components: [
            { type: 'header', parameters: [{ type: 'text', text: '#42' }] },
            { type: 'body', parameters: [{ type: 'text', text: 'Ana' }, { type: 'text', text: 'amanhã' }] },
            { type: 'button', sub_type: 'url', index: '1', parameters: [{ type: 'text', text: 'ORD42' }] },
          ],
        },
      },
    });
  });

  it('names parameters of a NAMED template and carries header media', () => {
    const named = Template.parse({
      name: 'promo',
      language: 'fr',
      category: 'MARKETING',
      status: 'APPROVED',
      components: { header: { format: 'IMAGE' }, body: { text: 'Bonjour {{first_name}}, -{{discount}} !' } },
    });
    const result = templateMessageBody({ to: '33612345678', template: named, values: { first_name: 'Léa', discount: '20%' }, headerMedia: { link: 'https://x.example/a.jpg' } });
    expect(result.ok && result.body).toMatchObject({
      to: '33612345678',
      template: {
        components: [
          { type: 'header', parameters: [{ type: 'image', image: { link: 'https://x.example/a.jpg' } }] },
          { type: 'body', parameters: [{ type: 'text', text: 'Léa', parameter_name: 'first_name' }, { type: 'text', text: '20%', parameter_name: 'discount' }] },
        ],
      },
    });
    expect(result.ok && 'biz_opaque_callback_data' in result.body).toBe(false);
  });

  it('refuses to build a send with a missing value instead of sending an empty one', () => {
    expect(templateMessageBody({ to: '33612345678', template: order, values: { '1': '#42' } })).toEqual({ ok: false, missing: ['2', '3', '4'] });
  });

  it('leaves out components for a template without placeholders', () => {
    const plain = Template.parse({ name: 'hello', language: 'en', category: 'UTILITY', status: 'APPROVED', components: { body: { text: 'Hello there.' } } });
    const result = templateMessageBody({ to: '15551234567', template: plain, values: {} });
    expect(result.ok && result.body).toMatchObject({ type: 'template', template: { name: 'hello', language: { code: 'en', policy: 'deterministic' } } });
    expect(result.ok && (result.body as { template: object }).template).not.toHaveProperty('components');
  });
});

describe('sessionMessageBody', () => {
  const to = '+33612345678';
  it.each([
    [{ kind: 'text', text: 'Merci !' }, { type: 'text', text: { body: 'Merci !' } }],
    [
      { kind: 'buttons', text: 'On continue ?', buttons: [{ id: 'yes', title: 'Oui' }, { id: 'no', title: 'Non' }] },
      { type: 'interactive', interactive: { type: 'button', body: { text: 'On continue ?' }, action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Oui' } }, { type: 'reply', reply: { id: 'no', title: 'Non' } }] } } },
    ],
    [{ kind: 'media', media: 'image', url: 'https://x.example/i.png', caption: 'Voici' }, { type: 'image', image: { link: 'https://x.example/i.png', caption: 'Voici' } }],
    [{ kind: 'media', media: 'video', url: 'https://x.example/v.mp4' }, { type: 'video', video: { link: 'https://x.example/v.mp4' } }],
    [{ kind: 'media', media: 'document', url: 'https://x.example/d.pdf', caption: 'Facture' }, { type: 'document', document: { link: 'https://x.example/d.pdf', caption: 'Facture' } }],
    [{ kind: 'media', media: 'audio', url: 'https://x.example/a.ogg', caption: 'dropped' }, { type: 'audio', audio: { link: 'https://x.example/a.ogg' } }],
  ] as [SessionMessage, object][])('%j', (message, expected) => {
    expect(sessionMessageBody({ to, message, bizOpaqueCallbackData: 'k1' })).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '33612345678',
      biz_opaque_callback_data: 'k1',
      ...expected,
    });
  });
});
