import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bindSendComponents, checkSendValues, type ReceivedComponent } from '../../../core/whatsapp/send-check';
import { buildSendComponents } from '../../../core/whatsapp/send-parameters';
import { orderUpdate, otpCode, promoHiver, withComponents } from './fixtures';

describe('checkSendValues', () => {
  it.each<[string, Record<string, string>, number | null]>([
    ['all values', { '1': 'Ana', '2': '-20%' }, null],
    ['a missing value', { '2': '-20%' }, 132000],
    ['an empty value', { '1': ' ', '2': '-20%' }, 131008],
    ['a new line', { '1': 'Ana\nMaria', '2': '-20%' }, 132007],
    ['a tab', { '1': 'Ana\tMaria', '2': '-20%' }, 132007],
    ['five spaces', { '1': 'Ana     Maria', '2': '-20%' }, 132007],
    ['four spaces', { '1': 'Ana    Maria', '2': '-20%' }, null],
    ['a body too long once filled', { '1': 'Ana', '2': 'x'.repeat(1000) }, 132005],
  ])('%s', (_label, values, code) => {
    expect(checkSendValues(promoHiver, values)?.code ?? null).toBe(code);
  });
});

describe('bindSendComponents', () => {
  it('inverts buildSendComponents', () => {
    const values = { '1': 'Ana', '2': '-20%' };
    const built = buildSendComponents(promoHiver, values);
    expect(built.ok && bindSendComponents(promoHiver, built.components)).toEqual({ ok: true, values });
    const namedValues = { first_name: 'Ana', order_id: 'A42' };
    const named = buildSendComponents(orderUpdate, namedValues);
    expect(named.ok && bindSendComponents(orderUpdate, named.components)).toEqual({ ok: true, values: namedValues });
  });

  it('round-trips any values (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const values = { '1': a, '2': b };
        const built = buildSendComponents(promoHiver, values);
        expect(built.ok && bindSendComponents(promoHiver, built.components)).toEqual({ ok: true, values });
      }),
    );
  });

  it.each<[string, ReceivedComponent[], number]>([
    ['no parameters', [], 132000],
    ['one too many in the body', [
      { type: 'header', parameters: [{ type: 'text', text: 'Ana' }] },
      { type: 'body', parameters: [{ type: 'text', text: 'a' }, { type: 'text', text: 'b' }] },
    ], 132000],
    ['a parameter without text', [
      { type: 'header', parameters: [{ type: 'text' }] },
      { type: 'body', parameters: [{ type: 'text', text: 'b' }] },
    ], 132012],
  ])('refuses %s', (_label, components, code) => {
    const result = bindSendComponents(promoHiver, components);
    expect(result.ok ? null : result.refusal.code).toBe(code);
  });

  it('refuses a NAMED send without parameter names, and a media header without media', () => {
    const unnamed = bindSendComponents(orderUpdate, [
      { type: 'body', parameters: [{ type: 'text', text: 'Ana' }, { type: 'text', text: 'A42' }] },
      { type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: 'A42' }] },
    ]);
    expect(unnamed.ok ? null : unnamed.refusal.code).toBe(132012);
    const image = withComponents(promoHiver, { header: { format: 'IMAGE' } });
    const noMedia = bindSendComponents(image, [{ type: 'body', parameters: [{ type: 'text', text: 'x' }] }]);
    expect(noMedia.ok ? null : noMedia.refusal.code).toBe(132012);
  });

  it('binds an authentication send, whose OTP button repeats the code', () => {
    const built = buildSendComponents(otpCode, { '1': '123456' });
    expect(built.ok && bindSendComponents(otpCode, built.components)).toEqual({ ok: true, values: { '1': '123456' } });
  });
});
