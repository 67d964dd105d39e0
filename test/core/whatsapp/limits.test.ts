import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTemplateLimits, TEMPLATE_LIMITS } from '../../../core/whatsapp/limits';
import type { Template, TemplateButton } from '../../../core/whatsapp/template';
import { orderUpdate, otpCode, promoHiver, withComponents } from './fixtures';

const codes = (t: Template) => checkTemplateLimits(t).map((i) => i.code);
const qr = (text = 'Yes'): TemplateButton => ({ type: 'QUICK_REPLY', text });
const url = (u = 'https://a.example/x'): TemplateButton => ({ type: 'URL', text: 'Open', url: u });
const body = (text: string) => withComponents(promoHiver, { header: undefined, body: { text } });

describe('checkTemplateLimits', () => {
  it('accepts the fixtures', () => {
    expect(checkTemplateLimits(promoHiver)).toEqual([]);
    expect(checkTemplateLimits(orderUpdate)).toEqual([]);
    expect(checkTemplateLimits(otpCode)).toEqual([]);
  });

  it.each<[string, Template, string[]]>([
    ['bad name', { ...promoHiver, name: 'Promo-Hiver' }, ['name-invalid']],
    ['long name', { ...promoHiver, name: 'a'.repeat(513) }, ['name-too-long']],
    ['header too long', withComponents(promoHiver, { header: { format: 'TEXT', text: 'h'.repeat(61) } }), ['header-too-long', 'placeholders-not-sequential']],
    ['empty TEXT header', withComponents(promoHiver, { header: { format: 'TEXT' } }), ['header-text-missing', 'placeholders-not-sequential']],
    ['two header variables', withComponents(promoHiver, { header: { format: 'TEXT', text: 'Hi {{1}} {{3}} x' } }), ['header-too-many-variables']],
    ['empty body', body('  '), ['body-missing']],
    ['body too long', body('b'.repeat(1025)), ['body-too-long']],
    ['footer too long', withComponents(promoHiver, { footer: { text: 'f'.repeat(61) } }), ['footer-too-long']],
    ['footer variable', withComponents(promoHiver, { footer: { text: 'Bye {{1}}' } }), ['footer-has-variables']],
    ['mixed', body('Hi {{1}} and {{name}} ok'), ['placeholders-mixed']],
    ['gap', body('Hi {{1}} and {{3}} ok'), ['placeholders-not-sequential']],
    ['not from 1', body('Hi {{2}} ok'), ['placeholders-not-sequential']],
    ['starts with', body('{{1}} is here'), ['body-starts-with-placeholder']],
    ['starts after spaces', body('  {{1}} is here'), ['body-starts-with-placeholder']],
    ['ends with', body('Here is {{1}}'), ['body-ends-with-placeholder']],
    ['adjacent', body('Hi {{1}}{{2}} ok'), ['placeholders-adjacent']],
    ['adjacent with a space', body('Hi {{1}} {{2}} ok'), ['placeholders-adjacent']],
    ['invalid token', body('Hi {{First Name}} ok'), ['placeholder-invalid']],
  ])('%s', (_label, template, expected) => {
    expect(codes(template)).toEqual(expected);
  });

  it('allows punctuation after the last placeholder (not flagged, see checker)', () => {
    expect(codes(body('Your code is {{1}}.'))).toEqual([]);
  });

  it('reports issues with stable codes, paths and params', () => {
    const [issue] = checkTemplateLimits(withComponents(promoHiver, { buttons: [qr('x'.repeat(26))] }));
    expect(issue).toEqual({
      code: 'button-text-too-long',
      path: 'components.buttons[0].text',
      message: "Button 1's label has 26 characters; Meta allows at most 25.",
      params: { length: 26, max: TEMPLATE_LIMITS.buttonTextMaxLength },
    });
  });

  it('counts characters, not UTF-16 units', () => {
    expect(codes(withComponents(promoHiver, { buttons: [qr('👍'.repeat(25))] }))).toEqual([]);
  });
});

describe('button limits', () => {
  it.each<[string, TemplateButton[], string[]]>([
    ['11 quick replies', Array.from({ length: 11 }, (_, i) => qr(`Q${i}`)), ['buttons-too-many', 'quick-replies-too-many']],
    ['3 URL buttons', [url(), url(), url()], ['url-buttons-too-many']],
    ['2 phone buttons', [{ type: 'PHONE_NUMBER', text: 'A', phone_number: '+1' }, { type: 'PHONE_NUMBER', text: 'B', phone_number: '+2' }], ['phone-buttons-too-many']],
    ['2 copy code buttons', [{ type: 'COPY_CODE', text: 'A' }, { type: 'COPY_CODE', text: 'B' }], ['copy-code-buttons-too-many']],
    ['QR, URL, QR', [qr('A'), url(), qr('B')], ['buttons-interleaved']],
    ['URL, QR, URL', [url(), qr('A'), url()], ['buttons-interleaved']],
    ['QR, QR, URL', [qr('A'), qr('B'), url()], []],
    ['URL, QR, QR', [url(), qr('A'), qr('B')], []],
    ['empty label', [qr(' ')], ['button-text-missing']],
    ['URL without url', [{ type: 'URL', text: 'Open' }], ['button-url-missing']],
    ['url too long', [url(`https://a.example/${'x'.repeat(2000)}`)], ['button-url-too-long']],
    ['url variable in the middle', [url('https://a.example/{{1}}/track')], ['button-url-variable-not-at-end']],
    ['two url variables', [url('https://a.example/{{1}}/{{2}}')], ['button-url-too-many-variables']],
    ['phone without number', [{ type: 'PHONE_NUMBER', text: 'Call' }], ['button-phone-missing']],
    ['OTP outside authentication', [{ type: 'OTP', text: 'Copy' }], ['otp-button-not-authentication']],
  ])('%s', (_label, buttons, expected) => {
    const template = withComponents(promoHiver, { buttons });
    expect(codes(template).filter((c) => c !== 'placeholders-not-sequential')).toEqual(expected);
  });

  it('points at the button that reopens a group', () => {
    const issues = checkTemplateLimits(withComponents(promoHiver, { buttons: [qr('A'), url(), qr('B')] }));
    expect(issues[0]?.path).toBe('components.buttons[2]');
  });
});

describe('authentication templates', () => {
  it('may start with the code placeholder (Meta\'s fixed body)', () => {
    expect(codes(otpCode)).toEqual([]);
  });

  it.each<[string, Partial<Template['components']>, string[]]>([
    ['a header', { header: { format: 'TEXT', text: 'Code' } }, ['authentication-header']],
    ['a quick reply', { buttons: [{ type: 'OTP', text: 'Copy' }, qr()] }, ['authentication-button-type']],
    ['no OTP button', { buttons: [] }, ['authentication-otp-button']],
  ])('rejects %s', (_label, components, expected) => {
    expect(codes(withComponents(otpCode, components))).toEqual(expected);
  });
});

describe('robustness', () => {
  it('never throws on arbitrary texts', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom('{', '}', '1', '2', 'a', ' ', '.') }));
    const button = fc.record({ type: fc.constantFrom('QUICK_REPLY', 'URL', 'PHONE_NUMBER', 'COPY_CODE', 'OTP' as const), text, url: fc.option(text, { nil: undefined }) });
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('MARKETING', 'UTILITY', 'AUTHENTICATION' as const), text, text, fc.array(button, { maxLength: 12 }), (name, category, header, b, buttons) => {
        const issues = checkTemplateLimits({ name, category, components: { header: { format: 'TEXT', text: header }, body: { text: b }, buttons } });
        for (const issue of issues) expect(issue.code).toMatch(/^[a-z-]+$/);
      }),
    );
  });
});
