import { describe, expect, it } from 'vitest';
import { parseAudienceCsv } from '../../../core/audience';

const HEADER = 'phone,country,locale,whatsapp_opt_in,marketing_opt_in,opt_in_date,opt_in_method,last_inbound_at,first_name,city';

describe('parseAudienceCsv: columns', () => {
  it('reads every recognised column and keeps the others as attributes', () => {
    const csv = `${HEADER}\n+33612345678,FR,fr_FR,yes,1,2026-01-15,web,2026-03-01T09:30:00+01:00,Amélie,Paris\n`;
    expect(parseAudienceCsv(csv)).toEqual({
      columns: HEADER.split(','),
      errors: [],
      contacts: [
        {
          phone: '+33612345678', country: 'FR', locale: 'fr_FR', whatsappOptIn: true, marketingOptIn: true,
          optInDate: '2026-01-15', optInMethod: 'web', lastInboundAt: '2026-03-01T08:30:00.000Z',
          attributes: { first_name: 'Amélie', city: 'Paris' },
        },
      ],
    });
  });

  it('reads national numbers with the row country or the default country', () => {
    const csv = 'phone,country\n06 12 34 56 78,FR\n07400 123456,gb\n0612345679,\n';
    const result = parseAudienceCsv(csv, { defaultCountry: 'FR' });
    expect(result.contacts.map((c) => [c.phone, c.country])).toEqual([
      ['+33612345678', 'FR'],
      ['+447400123456', 'GB'],
      ['+33612345679', 'FR'],
    ]);
  });

  it.each([
    ['true', true], ['TRUE', true], ['yes', true], ['Yes', true], ['1', true],
    ['false', false], ['no', false], ['0', false], ['', false], [' yes ', true],
  ])('reads the consent flag %j as %s', (cell, value) => {
    const result = parseAudienceCsv(`phone,whatsapp_opt_in,marketing_opt_in\n+33612345678,${cell},${cell}\n`);
    expect(result.errors).toEqual([]);
    expect(result.contacts[0]).toMatchObject({ whatsappOptIn: value, marketingOptIn: value });
  });

  it('treats missing consent columns as no consent and omits empty cells', () => {
    expect(parseAudienceCsv('phone,city,tier\n+33612345678,,gold\n').contacts).toEqual([
      { phone: '+33612345678', country: 'FR', whatsappOptIn: false, marketingOptIn: false, attributes: { tier: 'gold' } },
    ]);
  });

  it('matches spec columns ignoring case and surrounding spaces', () => {
    const result = parseAudienceCsv(' Phone , WhatsApp_Opt_In \n+33612345678,yes\n');
    expect(result.contacts[0]).toMatchObject({ phone: '+33612345678', whatsappOptIn: true, attributes: {} });
    expect(result.columns).toEqual(['Phone', 'WhatsApp_Opt_In']);
  });

  it('maps arbitrary headers to spec columns', () => {
    const csv = 'Mobile;Consent WA;Ville;phone\n06 12 34 56 78;oui?;Lyon;x\n06 12 34 56 79;yes;Paris;y\n';
    const result = parseAudienceCsv(csv, { mapping: { phone: 'Mobile', whatsapp_opt_in: 'consent wa', country: '' }, defaultCountry: 'FR' });
    expect(result.errors).toMatchObject([{ line: 2, column: 'Consent WA', code: 'boolean', message: 'expected true, false, yes, no, 1 or 0, got "oui?"' }]);
    expect(result.contacts).toEqual([
      { phone: '+33612345679', country: 'FR', whatsappOptIn: true, marketingOptIn: false, attributes: { Ville: 'Paris', phone: 'y' } },
    ]);
  });
});

describe('parseAudienceCsv: file-level problems', () => {
  it.each([
    ['no phone column', 'mobile,city\n+33612345678,Paris\n', {}, [{ line: 1, code: 'noPhoneColumn', message: 'no "phone" column: the header row needs a column named phone (or a column mapped to it)' }]],
    ['a mapping to a missing header', 'tel,city\n+33612345678,Paris\n', { mapping: { phone: 'Mobile' } }, [
      { line: 1, column: 'Mobile', code: 'noColumn', message: 'no column "Mobile" in the file (mapped to phone)' },
      { line: 1, code: 'noMappedPhoneColumn', message: 'no phone column: the column mapped to phone is missing' },
    ]],
    ['an empty file', '', {}, [{ line: 1, code: 'empty', message: 'the file is empty: expected a header row with a phone column' }]],
    ['only a BOM', '\uFEFF', {}, [{ line: 1, code: 'empty', message: 'the file is empty: expected a header row with a phone column' }]],
  ])('%s', (_name, csv, options, errors) => {
    expect(parseAudienceCsv(csv, options)).toMatchObject({ contacts: [], errors });
  });

  it('reports a repeated header and reads the first', () => {
    const result = parseAudienceCsv('phone,city,city\n+33612345678,Paris,Lyon\n');
    expect(result.errors).toMatchObject([{ line: 1, column: 'city', code: 'twice', message: 'column "city" appears twice (columns 2 and 3); the first is used' }]);
    expect(result.contacts[0]?.attributes).toEqual({ city: 'Paris' });
  });

  it('ignores unnamed columns such as a trailing delimiter', () => {
    const result = parseAudienceCsv('phone,city,\n+33612345678,Paris,\n');
    expect(result).toMatchObject({ errors: [], contacts: [{ attributes: { city: 'Paris' } }] });
  });
});

describe('parseAudienceCsv: bad rows are reported with their line and skipped', () => {
  it('reports each bad cell of a row, and imports the good rows', () => {
    const csv = [
      'phone,country,locale,whatsapp_opt_in,opt_in_date,opt_in_method,last_inbound_at',
      '+33612345678,FR,fr,yes,2026-01-15,web,2026-03-01T09:30:00Z',
      'not a phone,France,français,maybe,2026-02-30,fax,yesterday',
      '0612345678,,,yes,,,',
      '+33612345679,FR,fr,yes,,,2026-03-01T09:30:00',
      '+33 6 12 34 56 80,,,no,,,',
    ].join('\n');
    const result = parseAudienceCsv(csv);
    expect(result.contacts.map((c) => c.phone)).toEqual(['+33612345678', '+33612345680']);
    expect(result.errors).toMatchObject([
      { line: 3, column: 'country', code: 'country', message: 'expected a two-letter country code such as FR, got "France"' },
      { line: 3, column: 'phone', code: 'notAPhone', message: 'not a phone number: letters or symbols in "not a phone"' },
      { line: 3, column: 'locale', code: 'language', message: 'expected a language such as fr or fr_FR, got "français"' },
      { line: 3, column: 'whatsapp_opt_in', code: 'boolean', message: 'expected true, false, yes, no, 1 or 0, got "maybe"' },
      { line: 3, column: 'opt_in_date', code: 'date', message: 'not a real date: "2026-02-30"' },
      { line: 3, column: 'opt_in_method', code: 'method', message: 'expected sms, whatsapp, in_person, paper or web, got "fax"' },
      { line: 3, column: 'last_inbound_at', code: 'dateTime', message: 'expected an ISO 8601 date and time such as 2026-03-01T09:30:00Z, got "yesterday"' },
      { line: 4, column: 'phone', code: 'needsCountry', message: 'a national number needs a country: write it as +CC… or give its country' },
      { line: 5, column: 'last_inbound_at', code: 'timeZone', message: 'needs a time zone: add Z for UTC or an offset such as +01:00 to "2026-03-01T09:30:00"' },
    ]);
  });

  it('reports a row with too many or too few fields', () => {
    const result = parseAudienceCsv('phone,city\n+33612345678,Paris,extra\n+33612345679\n+33612345680,Lyon\n');
    expect(result.errors).toMatchObject([
      { line: 2, code: 'fieldCount', message: 'expected 2 fields like the header, found 3' },
      { line: 3, code: 'fieldCount', message: 'expected 2 fields like the header, found 1' },
    ]);
    expect(result.contacts).toHaveLength(1);
  });

  it('reports a duplicate phone on the later row, however it was written', () => {
    const csv = 'phone,country,city\n+33612345678,,Paris\n06 12 34 56 78,FR,Lyon\n0033612345678,,Nice\n';
    const result = parseAudienceCsv(csv);
    expect(result.contacts.map((c) => c.attributes.city)).toEqual(['Paris']);
    expect(result.errors).toMatchObject([
      { line: 3, column: 'phone', code: 'duplicate', message: 'duplicate phone +33612345678, already on line 2' },
      { line: 4, column: 'phone', code: 'duplicate', message: 'duplicate phone +33612345678, already on line 2' },
    ]);
  });

  it('reports a malformed quote on the line where its row starts', () => {
    const result = parseAudienceCsv('phone,city\n+33612345678,"Par"is,\n+33612345679,"Lyon"\n+33612345680,Nice\n');
    expect(result.errors).toMatchObject([
      { line: 2, code: 'badQuotes', message: 'malformed quotes: a field that starts with a quote must end with a quote, with "" for a quote inside' },
    ]);
    expect(result.contacts.map((c) => c.attributes.city)).toEqual(['Nice']);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(parseAudienceCsv('phone,city\n+33612345678,Pa"ris\n').contacts[0]?.attributes).toEqual({ city: 'Pa"ris' });
  });

  it('reports an unclosed quote, which swallows the rest of the file', () => {
    const result = parseAudienceCsv('phone,city\n+33612345678,Paris\n+33612345679,"Lyon\n+33612345680,Nice\n');
    expect(result.contacts).toHaveLength(1);
    expect(result.errors).toMatchObject([{ line: 3, code: 'unclosedQuote', message: 'a quoted field is not closed: the rest of the file was read as this one row' }]);
  });
});

describe('parseAudienceCsv: CSV dialects', () => {
  const expected = [
    { phone: '+33612345678', city: 'Paris, "centre"\nrive gauche' },
    { phone: '+33612345679', city: 'Lyon' },
  ];
  const cities = (csv: string) => {
    const result = parseAudienceCsv(csv);
    expect(result.errors).toEqual([]);
    return result.contacts.map((c) => ({ phone: c.phone, city: c.attributes.city }));
  };

  it('reads quoted fields with delimiters, quotes and line breaks', () => {
    expect(cities('phone,city\n+33612345678,"Paris, ""centre""\nrive gauche"\n+33612345679,Lyon\n')).toEqual(expected);
  });

  it('reads a BOM and CRLF line ends, and counts lines inside quoted fields', () => {
    const csv = '\uFEFFphone,city\r\n+33612345678,"Paris, ""centre""\nrive gauche"\r\n+33612345679,Lyon\r\nbad,x\r\n';
    const result = parseAudienceCsv(csv);
    expect(result.columns).toEqual(['phone', 'city']);
    expect(result.contacts).toHaveLength(2);
    expect(result.errors).toMatchObject([{ line: 5, column: 'phone', code: 'notAPhone', message: 'not a phone number: letters or symbols in "bad"' }]);
  });

  it('reads old Mac CR line ends', () => {
    expect(cities('phone,city\r+33612345678,"Paris, ""centre""\nrive gauche"\r+33612345679,Lyon')).toEqual(expected);
  });

  it.each([
    ['semicolons', 'phone;city\n+33612345678;"Paris, ""centre""\nrive gauche"\n+33612345679;Lyon\n'],
    ['tabs', 'phone\tcity\n+33612345678\t"Paris, ""centre""\nrive gauche"\n+33612345679\tLyon\n'],
  ])('detects %s from the header', (_name, csv) => {
    expect(cities(csv)).toEqual(expected);
  });

  it('takes the delimiter as an option', () => {
    const result = parseAudienceCsv('phone|city\n+33612345678|Paris\n', { delimiter: '|' });
    expect(result.contacts[0]?.attributes).toEqual({ city: 'Paris' });
  });

  it('skips blank lines but keeps counting them', () => {
    const result = parseAudienceCsv('phone\n\n+33612345678\n   \n\nnope\n');
    expect(result.contacts).toHaveLength(1);
    expect(result.errors).toMatchObject([{ line: 6, column: 'phone', code: 'notAPhone', message: 'not a phone number: letters or symbols in "nope"' }]);
  });

  it('keeps a "__proto__" column as a plain attribute', () => {
    const result = parseAudienceCsv('phone,__proto__\n+33612345678,x\n');
    expect(Object.prototype.hasOwnProperty.call(result.contacts[0]?.attributes, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(result.contacts[0]?.attributes)).toBe(Object.prototype);
  });
});
