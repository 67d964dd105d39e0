import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  extractPlaceholders,
  fillPlaceholders,
  parameterFormat,
  placeholderKeys,
  renderTemplate,
  renderTemplateText,
  templatePlaceholders,
} from '../../../core/whatsapp/placeholders';
import { orderUpdate, promoHiver, withComponents } from './fixtures';

describe('extractPlaceholders', () => {
  it.each([
    ['Hello {{1}}', [['1', 'positional', 6]]],
    ['Hi {{first_name}}!', [['first_name', 'named', 3]]],
    ['{{_code}} and {{a1_b}}', [['_code', 'named', 0], ['a1_b', 'named', 14]]],
    ['{{ 1 }}', [[' 1 ', 'invalid', 0]]],
    ['{{First}}', [['First', 'invalid', 0]]],
    ['{{0}} {{01}}', [['0', 'invalid', 0], ['01', 'invalid', 6]]],
    ['{{}}', [['', 'invalid', 0]]],
    ['{{{1}}}', [['1', 'positional', 1]]],
    ['{{1} and {1}} and {{2', []],
    ['{{contact.first_name}}', [['contact.first_name', 'invalid', 0]]],
    ['no placeholders', []],
  ])('%j', (text, expected) => {
    const tokens = extractPlaceholders(text).map((t) => [t.key, t.kind, t.start]);
    expect(tokens).toEqual(expected);
  });

  it('never throws, and each token is the slice it claims to be', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: fc.constantFrom('{', '}', '1', 'a', ' ', 'A', '_') }));
    fc.assert(
      fc.property(text, (s) => {
        for (const t of extractPlaceholders(s)) {
          expect(s.slice(t.start, t.end)).toBe(t.raw);
          expect(t.raw).toBe(`{{${t.key}}}`);
        }
      }),
    );
  });
});

describe('templatePlaceholders', () => {
  it('reads the TEXT header, the body and URL button urls, with paths', () => {
    const template = withComponents(orderUpdate, { header: { format: 'TEXT', text: 'Order {{order_id}}' } });
    expect(templatePlaceholders(template).map((p) => [p.path, p.key])).toEqual([
      ['components.header.text', 'order_id'],
      ['components.body.text', 'first_name'],
      ['components.body.text', 'order_id'],
      ['components.buttons[0].url', 'order_id'],
    ]);
  });

  it('ignores media header text and non-URL buttons', () => {
    const template = withComponents(promoHiver, {
      header: { format: 'IMAGE', text: '{{9}}' },
      buttons: [{ type: 'PHONE_NUMBER', text: '{{8}}', phone_number: '+1', url: '{{7}}' }],
    });
    expect(templatePlaceholders(template).map((p) => p.key)).toEqual(['2']);
  });
});

describe('parameterFormat and placeholderKeys', () => {
  it.each([
    ['Hello there', 'none', []],
    ['A {{10}} b {{2}} c {{1}} d {{2}} e', 'positional', ['1', '2', '10']],
    ['A {{b}} c {{a}} d {{b}} e', 'named', ['b', 'a']],
    ['A {{1}} b {{name}} c', 'mixed', ['1', 'name']],
    ['A {{ bad }} b', 'none', []],
  ])('%j is %s', (body, format, keys) => {
    const template = withComponents(promoHiver, { header: undefined, body: { text: body } });
    expect(parameterFormat(template)).toBe(format);
    expect(placeholderKeys(template)).toEqual(keys);
  });

  it('shares one namespace across header and body (the spec example)', () => {
    expect(placeholderKeys(promoHiver)).toEqual(['1', '2']);
    expect(parameterFormat(promoHiver)).toBe('positional');
  });
});

describe('renderTemplate', () => {
  it('hydrates header, body and URL buttons and keeps the footer as written', () => {
    expect(renderTemplate(promoHiver, { '1': 'Ana', '2': '-20%' })).toEqual({
      header: { format: 'TEXT', text: 'Bonjour Ana' },
      body: 'Profitez de -20% sur toute la collection.',
      footer: 'Répondez STOP pour vous désinscrire',
      buttons: [{ type: 'QUICK_REPLY', text: 'Stop promos' }],
      missing: [],
    });
    const rendered = renderTemplate(orderUpdate, { first_name: 'Ana', order_id: 'A42' });
    expect(rendered.buttons[0]).toEqual({ type: 'URL', text: 'Track', url: 'https://shop.example/track/A42' });
    expect(rendered.buttons[1]).toEqual({ type: 'PHONE_NUMBER', text: 'Call us', phoneNumber: '+33123456789' });
  });

  it('leaves a missing value in place and lists it', () => {
    const rendered = renderTemplate(promoHiver, { '2': '-20%' });
    expect(rendered.header?.text).toBe('Bonjour {{1}}');
    expect(rendered.missing).toEqual(['1']);
  });

  it('never reads Object.prototype for a placeholder named like one of its members', () => {
    const template = withComponents(promoHiver, { header: undefined, body: { text: 'x {{constructor}} y {{__proto__}} z' } });
    expect(renderTemplate(template, {}).missing).toEqual(['__proto__', 'constructor']);
    expect(renderTemplate(template, {}).body).toBe('x {{constructor}} y {{__proto__}} z');
  });

  it('does not re-expand a value that itself looks like a placeholder', () => {
    expect(fillPlaceholders('a {{1}} b {{2}}', { '1': '{{2}}', '2': 'two' })).toBe('a {{2}} b two');
  });

  it('gives a plain-text preview', () => {
    expect(renderTemplateText(promoHiver, { '1': 'Ana', '2': '-20%' })).toBe(
      'Bonjour Ana\n\nProfitez de -20% sur toute la collection.\n\nRépondez STOP pour vous désinscrire',
    );
  });

  it('is the identity on text without placeholders, whatever the values', () => {
    const noBraces = fc.string({ unit: 'grapheme' }).filter((s) => !s.includes('{{'));
    fc.assert(
      fc.property(noBraces, fc.dictionary(fc.string(), fc.string()), (text, values) => {
        expect(fillPlaceholders(text, values)).toBe(text);
        expect(renderTemplate({ components: { body: { text } } }, values).body).toBe(text);
      }),
    );
  });

  it('is the identity with no values, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(fillPlaceholders(text, {})).toBe(text);
      }),
    );
  });
});
