import { describe, expect, it } from 'vitest';
import { buildSendComponents, parameterLayout } from '../../../core/whatsapp/send-parameters';
import { orderUpdate, otpCode, promoHiver, withComponents } from './fixtures';

describe('parameterLayout', () => {
  it('splits the one namespace into per-component lists', () => {
    expect(parameterLayout(promoHiver)).toEqual({ format: 'positional', header: ['1'], body: ['2'], buttons: [] });
  });

  it('orders positional keys by number and named keys by first appearance', () => {
    const positional = withComponents(promoHiver, { header: undefined, body: { text: 'a {{3}} b {{1}} c {{3}} d {{2}} e' } });
    expect(parameterLayout(positional).body).toEqual(['1', '2', '3']);
    expect(parameterLayout(orderUpdate)).toEqual({
      format: 'named',
      header: [],
      body: ['first_name', 'order_id'],
      buttons: [{ index: 0, subType: 'url', keys: ['order_id'] }],
    });
  });

  it('sends the one-time code again on the OTP button', () => {
    expect(parameterLayout(otpCode).buttons).toEqual([{ index: 0, subType: 'url', keys: ['1'] }]);
  });
});

describe('buildSendComponents', () => {
  it('builds Meta components for a positional template', () => {
    expect(buildSendComponents(promoHiver, { '1': 'Ana', '2': '-20%' })).toEqual({
      ok: true,
      components: [
        { type: 'header', parameters: [{ type: 'text', text: 'Ana' }] },
        { type: 'body', parameters: [{ type: 'text', text: '-20%' }] },
      ],
    });
  });

  it('names parameters of a NAMED template, but not button url suffixes', () => {
    expect(buildSendComponents(orderUpdate, { first_name: 'Ana', order_id: 'A42' })).toEqual({
      ok: true,
      components: [
        {
          type: 'body',
          parameters: [
            { type: 'text', text: 'Ana', parameter_name: 'first_name' },
            { type: 'text', text: 'A42', parameter_name: 'order_id' },
          ],
        },
        { type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: 'A42' }] },
      ],
    });
  });

  it('adds the header media of a media template', () => {
    const image = withComponents(promoHiver, { header: { format: 'IMAGE' } });
    const result = buildSendComponents(image, { '2': 'x' }, { headerMedia: { link: 'https://img.example/a.png' } });
    expect(result.ok && result.components[0]).toEqual({
      type: 'header',
      parameters: [{ type: 'image', image: { link: 'https://img.example/a.png' } }],
    });
  });

  it('reports every missing value instead of sending an empty one', () => {
    expect(buildSendComponents(orderUpdate, {})).toEqual({ ok: false, missing: ['first_name', 'order_id'] });
  });

  it('sends nothing for a template without placeholders', () => {
    const plain = withComponents(promoHiver, { header: undefined, body: { text: 'Hello there' } });
    expect(buildSendComponents(plain, {})).toEqual({ ok: true, components: [] });
  });
});
