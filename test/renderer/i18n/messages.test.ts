import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/i18n/en';
import { fr } from '../../../renderer/src/i18n/fr';
import { detectLanguage } from '../../../renderer/src/i18n/languages';
import { reportsEn } from '../../../renderer/src/i18n/reports.en';
import { reportsFr } from '../../../renderer/src/i18n/reports.fr';
import { importErrorsEn } from '../../../renderer/src/i18n/import-errors.en';
import { importErrorsFr } from '../../../renderer/src/i18n/import-errors.fr';

/** Flattens nested messages to `a.b.c -> value`. */
function flatten(messages: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) {
      for (const [nested, leaf] of flatten(value, path)) out.set(nested, leaf);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

// The `translation` namespace, then the `reports` one (reports and the agency hand-off).
describe.each([
  ['translation', en, fr],
  ['reports', reportsEn, reportsFr],
  ['importErrors', importErrorsEn, importErrorsFr],
] as const)('%s messages', (_namespace, englishMessages, frenchMessages) => {
  const english = flatten(englishMessages);
  const french = flatten(frenchMessages);

  it('has the same keys in English and French', () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each([
    ['en', english],
    ['fr', french],
  ])('has no empty message in %s', (_language, messages) => {
    const empty = [...messages].filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(empty).toEqual([]);
  });

  it('uses the same interpolation variables in both languages', () => {
    const variables = (text: unknown) => [...String(text).matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    for (const [key, text] of english) expect(variables(french.get(key)), key).toEqual(variables(text));
  });
});

describe('detectLanguage', () => {
  it.each([
    [['fr-FR', 'en'], 'fr'],
    [['fr-CA'], 'fr'],
    [['de-DE', 'fr'], 'fr'],
    [['en-GB', 'fr'], 'en'],
    [['de', 'es'], 'en'],
    [[], 'en'],
  ])('picks from %j the language %s', (preferred, expected) => {
    expect(detectLanguage(preferred)).toBe(expected);
  });
});
