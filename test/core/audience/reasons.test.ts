import { describe, expect, it } from 'vitest';
import { AUDIENCE_ERROR_CODES, parseAudienceCsv, phoneReason } from '../../../core/audience';
import { parsePhone } from '../../../core/whatsapp/phone';

describe('audience reasons: a code and the values each names', () => {
  it('gives each refused cell its code, and the cell as quoted in the English', () => {
    const csv = 'phone,whatsapp_opt_in,country,last_inbound_at\nnope,maybe,France,2026-01-02T10:00:00\n+33612345678,true,FR,\n+33612345678,true,FR,\n+33612345679,true';
    expect(parseAudienceCsv(csv).errors).toEqual([
      { line: 2, column: 'country', code: 'country', values: { value: '"France"' }, message: 'expected a two-letter country code such as FR, got "France"' },
      { line: 2, column: 'phone', code: 'notAPhone', values: { value: 'nope' }, message: 'not a phone number: letters or symbols in "nope"' },
      { line: 2, column: 'whatsapp_opt_in', code: 'boolean', values: { value: '"maybe"' }, message: 'expected true, false, yes, no, 1 or 0, got "maybe"' },
      {
        line: 2, column: 'last_inbound_at', code: 'timeZone', values: { value: '"2026-01-02T10:00:00"' },
        message: 'needs a time zone: add Z for UTC or an offset such as +01:00 to "2026-01-02T10:00:00"',
      },
      { line: 4, column: 'phone', code: 'duplicate', values: { phone: '+33612345678', line: 3 }, message: 'duplicate phone +33612345678, already on line 3' },
      { line: 5, code: 'fieldCount', values: { expected: 4, found: 2 }, message: 'expected 4 fields like the header, found 2' },
    ]);
  });

  it('codes header problems and broken quotes', () => {
    expect(parseAudienceCsv('tel,city,city\n1,a,b', { mapping: { phone: 'Mobile' } }).errors.map((e) => [e.code, e.values])).toEqual([
      ['noColumn', { column: '"Mobile"', field: 'phone' }],
      ['twice', { column: '"city"', first: 2, second: 3 }],
      ['noMappedPhoneColumn', undefined],
    ]);
    expect(parseAudienceCsv('phone\n"+33612345678').errors.map((e) => e.code)).toEqual(['unclosedQuote']);
    expect(parseAudienceCsv('').errors.map((e) => e.code)).toEqual(['empty']);
  });

  it.each([
    ['', undefined, 'noPhone', undefined],
    ['+3361234567890123456', undefined, 'phoneTooLong', undefined],
    ['+336', undefined, 'phoneTooShort', undefined],
    ['06 12 34 56 78', undefined, 'needsCountry', undefined],
    ['06 12 34 56 78', 'XX', 'unknownCountry', { value: 'XX' }],
    ['+999 1234 5678', undefined, 'unknownCallingCode', undefined],
    ['+33 1 00 00 00 00 0', 'FR', 'phoneTooLong', undefined],
    ['+33 0 12 34 56 78', 'FR', 'invalidIn', { where: 'FR' }],
    ['abc', undefined, 'notAPhone', { value: 'abc' }],
  ])('codes the phone %j (country %s) as %s', (raw, country, code, values) => {
    const phone = parsePhone(raw, country);
    expect(phone.ok).toBe(false);
    if (phone.ok) return;
    const reason = phoneReason(phone);
    expect(reason.code).toBe(code);
    expect(reason.values).toEqual(values);
    expect(reason.message).toBe(phone.reason);
    expect(AUDIENCE_ERROR_CODES).toContain(reason.code);
  });
});
