import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatImportError, importJourneyFile, MAX_IMPORT_ERRORS, parseJourneyFileValue } from '../../../core/journey';
import { validFileJson, validFileText } from './fixtures';

/** The formatted errors of a failed import, for readable assertions. */
function errorsOf(text: string): string[] {
  const result = importJourneyFile(text);
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors.map(formatImportError);
}

function withFile(change: (file: ReturnType<typeof validFileJson>) => void): string {
  const file = validFileJson();
  change(file);
  return JSON.stringify(file);
}

describe('importJourneyFile: well-formed files', () => {
  it('reads the spec example and fills defaults', () => {
    const result = importJourneyFile(validFileText());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBeUndefined();
    expect(result.file.journey.edges[1]).toEqual({ id: 'e2', source: 'n2', sourceHandle: 'out', target: 'n3' });
    expect(result.file.channels?.[0]).toMatchObject({ messagingLimit: 250, quality: 'GREEN', throughputMps: 80 });
  });

  it('accepts a byte order mark and Windows line ends', () => {
    expect(importJourneyFile(`\uFEFF${validFileText().replace(/\n/g, '\r\n')}`).ok).toBe(true);
  });
});

describe('importJourneyFile: malformed files each get a clear error', () => {
  it.each<[string, string, string[]]>([
    ['truncated JSON', validFileText().slice(0, 200), ['line 10, column 7: unexpected end of file']],
    ['empty file', '', ['line 1, column 1: unexpected end of file: the file is empty']],
    ['null', 'null', ['expected a journey file (a JSON object with "format": "wa-journey"), got null']],
    ['an array', '[]', ['expected a journey file (a JSON object with "format": "wa-journey"), got an array']],
    ['a number', '42', ['expected a journey file (a JSON object with "format": "wa-journey"), got the number 42']],
    ['a string', '"hello"', ['expected a journey file (a JSON object with "format": "wa-journey"), got "hello"']],
    ['an unrelated object', '{"name": "x"}', ['format: missing: this is not a journey file (a journey file has "format": "wa-journey")']],
    ['a wrong format', withFile((f) => (f.format = 'bpmn')), ['format: expected "wa-journey", got "bpmn": this is not a journey file']],
    ['format missing, version present', withFile((f) => delete f.format), ['format: expected "wa-journey", missing: this is not a journey file']],
    ['version missing', withFile((f) => delete f.version), ['version: missing (expected the format version, a whole number such as 1)']],
    ['version not a number', withFile((f) => (f.version = '1')), ['version: expected a whole number such as 1, got "1"']],
    ['version fractional', withFile((f) => (f.version = 1.5)), ['version: expected a whole number such as 1, got the number 1.5']],
    [
      'a newer version',
      withFile((f) => (f.version = 3)),
      ['version: this file was written by a newer version (format 3); this app reads up to format 1: update the app'],
    ],
    [
      'a wrong duration unit',
      withFile((f) => ((f.journey.nodes[2] as { data: { duration: { unit: string } } }).data.duration.unit = 'weeks')),
      ['journey.nodes[2].data.duration.unit: expected minutes, hours or days, got "weeks"'],
    ],
    [
      'an unknown node type',
      withFile((f) => (f.journey.nodes[3] = { id: 'n4', type: 'sms', data: {} })),
      [
        'journey.nodes[3].type: expected a node type: entry, whatsapp_template, whatsapp_session, wait, wait_for_reply, split_engagement, split_attribute, split_random, update_contact or exit, got "sms"',
      ],
    ],
    [
      'a node without a type',
      withFile((f) => delete f.journey.nodes[3]!.type),
      [expect.stringMatching(/^journey\.nodes\[3\]\.type: missing \(expected a node type: entry, /) as unknown as string],
    ],
    [
      'wrong types',
      withFile((f) => {
        f.journey.nodes[0]!.id = 7;
        f.journey.edges[0]!.target = null;
        (f.journey as Record<string, unknown>).nodes = f.journey.nodes;
        (f as Record<string, unknown>).templates = [{ name: 'x', language: 'fr', category: 'PROMO', status: 'APPROVED', components: {} }];
      }),
      [
        'journey.nodes[0].id: expected a string, got the number 7',
        'journey.edges[0].target: expected a string, got null',
        'templates[0].category: expected MARKETING, UTILITY or AUTHENTICATION, got "PROMO"',
        'templates[0].components.body: missing (expected an object)',
      ],
    ],
    ['nodes not an array', withFile((f) => ((f.journey as Record<string, unknown>).nodes = {})), ['journey.nodes: expected an array, got an object']],
    [
      'duplicate node ids',
      withFile((f) => (f.journey.nodes[3]!.id = 'n2')),
      ['journey.nodes[3].id: duplicate node id "n2", already used at journey.nodes[1]'],
    ],
    [
      'duplicate edge ids',
      withFile((f) => (f.journey.edges[2]!.id = 'e1')),
      ['journey.edges[2].id: duplicate edge id "e1", already used at journey.edges[0]'],
    ],
    [
      'a duplicate template',
      withFile((f) => (f.templates as unknown[]).push((f.templates as unknown[])[0])),
      ['templates[1].name: duplicate template "promo_hiver" ("fr"), already used at templates[0]'],
    ],
    [
      'a bad reply match',
      withFile((f) => (f.journey.nodes[2] = { id: 'n3', type: 'wait_for_reply', data: { timeout: { amount: 1, unit: 'days' }, match: { words: ['OUI'] } } })),
      ['journey.nodes[2].data.match: expected { "keywords": [...] } or { "buttons": [...] }'],
    ],
    ['a weird key in the path', withFile((f) => ((f.journey as Record<string, unknown>).quietHours = { 'début': '21:00', end: '08:00' })), ['journey.quietHours.start: missing (expected a time HH:MM (00:00 to 23:59))']],
  ])('%s', (_name, text, expected) => {
    expect(errorsOf(text)).toEqual(expected);
  });

  it('quotes keys that are not identifiers in paths', () => {
    const text = withFile((f) => ((f.journey.nodes[2] as Record<string, unknown>).data = { mode: 'duration', duration: { amount: 1, unit: 'hours' }, 'x y': 1 }));
    expect(importJourneyFile(text).ok).toBe(true);
    const bad = JSON.stringify({ ...validFileJson(), channels: { 'my channel': 1 } });
    expect(errorsOf(bad)).toEqual(['channels: expected an array, got an object']);
  });
});

describe('importJourneyFile: hostile inputs', () => {
  it('never echoes a 10 MB value', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    for (const text of [
      withFile((f) => (f.format = huge)),
      withFile((f) => ((f.journey.nodes[2] as { data: { duration: { unit: string } } }).data.duration.unit = huge)),
      withFile((f) => (f.journey.nodes[3] = { id: 'n4', type: huge, data: {} })),
      withFile((f) => (f.journey.nodes[3] = { [huge]: 1 })),
      `{"format": "${huge}`,
      `{"${huge}": }`,
    ]) {
      const result = importJourneyFile(text);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      for (const error of result.errors) expect(formatImportError(error).length).toBeLessThan(600);
    }
  });

  it('accepts a 10 MB string or key where the format allows one', () => {
    const big = 'k'.repeat(10 * 1024 * 1024);
    expect(importJourneyFile(withFile((f) => ((f.journey as Record<string, unknown>)[big] = 1))).ok).toBe(true);
    const huge = 'é'.repeat(10 * 1024 * 1024);
    const result = importJourneyFile(withFile((f) => ((f.journey as Record<string, unknown>).name = huge)));
    expect(result.ok && result.file.journey.name.length).toBe(huge.length);
  });

  it('bounds the number of errors and says how many more there are', () => {
    const nodes = Array.from({ length: 5000 }, (_, i) => ({ id: `n${i}`, type: 'nope', data: {} }));
    const result = parseJourneyFileValue({ ...validFileJson(), journey: { ...validFileJson().journey, nodes } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(MAX_IMPORT_ERRORS + 1);
    const more = 5000 - MAX_IMPORT_ERRORS;
    expect(result.errors.at(-1)).toEqual({ path: '', message: `and ${more} more errors`, code: 'journey/more-errors', values: { count: more } });
  });

  it('does not let "__proto__" keys reach a prototype', () => {
    const text = validFileText().replace('"journey": {', '"__proto__": {"polluted": true}, "journey": { "__proto__": {"x": 1},');
    const result = importJourneyFile(text);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws, whatever the JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = importJourneyFile(JSON.stringify(value));
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on values that look like journey files', () => {
    const almost = fc.record({
      format: fc.oneof(fc.constant('wa-journey'), fc.anything()),
      version: fc.oneof(fc.constantFrom(0, 1, 2), fc.anything()),
      journey: fc.oneof(fc.record({ id: fc.anything(), name: fc.anything(), nodes: fc.array(fc.anything()), edges: fc.array(fc.anything()) }), fc.anything()),
      templates: fc.anything(),
    }, { requiredKeys: [] });
    fc.assert(
      fc.property(almost, (value) => {
        expect(typeof parseJourneyFileValue(value).ok).toBe('boolean');
        expect(typeof importJourneyFile(JSON.stringify(value) ?? '').ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(typeof importJourneyFile(text).ok).toBe('boolean');
      }),
    );
  });

  it('answers non-string input from JavaScript callers with an error', () => {
    expect(importJourneyFile(undefined as unknown as string)).toEqual({
      ok: false,
      errors: [{ path: '', message: 'expected the text of a journey file, got undefined', code: 'file/not-text', values: { what: 'journey' } }],
    });
  });
});
