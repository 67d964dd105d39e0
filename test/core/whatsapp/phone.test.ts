import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePhone, waId } from '../../../core/whatsapp/phone';

describe('parsePhone', () => {
  it.each<[string, string | undefined, string, string | undefined]>([
    ['+33612345678', undefined, '+33612345678', 'FR'],
    ['+33 6 12 34 56 78', undefined, '+33612345678', 'FR'],
    ['+33 (0)6 12 34 56 78', undefined, '+33612345678', 'FR'],
    ['06 12 34 56 78', 'FR', '+33612345678', 'FR'],
    ['06.12.34.56.78', 'fr', '+33612345678', 'FR'],
    ['06-12-34-56-78', 'FR', '+33612345678', 'FR'],
    ['0033612345678', undefined, '+33612345678', 'FR'],
    ['00 33 6 12 34 56 78', 'DE', '+33612345678', 'FR'],
    ['+33612345678', 'GB', '+33612345678', 'FR'],
    ['011 33 6 12 34 56 78', 'US', '+33612345678', 'FR'],
    ['(415) 555-2671', 'US', '+14155552671', 'US'],
    ['+1 415 555 2671', undefined, '+14155552671', 'US'],
    ['07400 123456', 'GB', '+447400123456', 'GB'],
    ['+91 98765 43210', undefined, '+919876543210', 'IN'],
    ['+55 11 91234-5678', undefined, '+5511912345678', 'BR'],
    ['\u00a0+33\u00a0612345678 ', undefined, '+33612345678', 'FR'],
    ['+33 1 42 68 53 00', undefined, '+33142685300', 'FR'],
  ])('reads %j (country %s) as %s', (raw, country, e164, region) => {
    expect(parsePhone(raw, country)).toMatchObject({ ok: true, e164, country: region });
  });

  it('says what type a number is, and accepts fixed lines (they can run WhatsApp)', () => {
    expect(parsePhone('+33612345678')).toMatchObject({ type: 'MOBILE' });
    expect(parsePhone('+33142685300')).toMatchObject({ ok: true, type: 'FIXED_LINE' });
  });

  it.each<[string, string | undefined, string]>([
    ['', undefined, 'EMPTY'],
    ['   ', 'FR', 'EMPTY'],
    ['0612345678', undefined, 'NO_COUNTRY'],
    ['0612345678', '', 'NO_COUNTRY'],
    ['0612345678', 'XX', 'INVALID_COUNTRY'],
    ['0612345678', 'France', 'INVALID_COUNTRY'],
    ['+999 1234 5678', undefined, 'INVALID_COUNTRY'],
    ['+33 6', undefined, 'TOO_SHORT'],
    ['+33 6 12 34 56 78 90 12 34', undefined, 'TOO_LONG'],
    ['1'.repeat(100), 'FR', 'TOO_LONG'],
    ['call me', 'FR', 'NOT_A_NUMBER'],
    ['+33 6 12 34 56 78 ext. 12', undefined, 'NOT_A_NUMBER'],
    ['+33 0 12 34 56 78', undefined, 'INVALID'],
    ['07700 900123', 'GB', 'INVALID'], // Ofcom's range for drama: the right length, never allocated
  ])('refuses %j (country %s) with %s', (raw, country, code) => {
    const result = parsePhone(raw, country);
    expect(result).toMatchObject({ ok: false, code });
    expect(!result.ok && result.reason.length).toBeGreaterThan(5);
  });

  it('never throws and always gives E.164 when it accepts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[+0 ]?[0-9 ().-]{0,20}$/)), fc.option(fc.constantFrom('FR', 'US', 'GB', 'IN', 'zz')), (raw, country) => {
        const result = parsePhone(raw, country ?? undefined);
        if (result.ok) expect(result.e164).toMatch(/^\+[1-9]\d{6,14}$/);
      }),
    );
  });
});

describe('waId', () => {
  it('is the digits of the E.164 number, as the Cloud API wants in "to"', () => {
    expect(waId('+33612345678')).toBe('33612345678');
    expect(waId('+1 415 555 2671')).toBe('14155552671');
  });
});
