import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { IMPORT_ERROR_CODES, importJourneyFile } from '../../../core/journey';
import type { ImportError, ImportErrorCode } from '../../../core/journey';
import { listJourneys, saveJourney } from '../../../renderer/db';
import { createI18n } from '../../../renderer/src/i18n/create-i18n';
import { importErrorsEn } from '../../../renderer/src/i18n/import-errors.en';
import { importErrorsFr } from '../../../renderer/src/i18n/import-errors.fr';
import { JourneysScreen } from '../../../renderer/src/screens/journeys/JourneysScreen';
import { importErrorMessage, importErrorText } from '../../../renderer/src/screens/journeys/import-error-text';
import { journey } from '../db/sample-data';
import { openTestWorkspace } from '../db/test-db';
import { renderScreen, textFile } from './render-screen';

const NOW = Date.parse('2026-12-01T12:00:00Z');

/** Values of the kind core gives each code, so every sentence can be rendered in full. */
const SAMPLE_VALUES: Record<string, ImportError['values']> = {
  'file/not-text': { what: 'templates' },
  'file/wrong-shape': { what: 'channels', foundKind: 'array', found: '' },
  'json/unclosed-string': { line: 3, column: 7 },
  'json/expected-key': { found: "'" },
  'json/expected-colon': { found: '1' },
  'json/expected-comma': { close: '}', found: '"' },
  'json/expected-value': { found: 't' },
  'json/trailing-comma': { found: ']' },
  'json/after-end': { found: '{' },
  'json/bad-escape': { escape: '\\q' },
  'journey/not-a-journey-file': { format: 'wa-journey' },
  'journey/wrong-format': { format: 'wa-journey', foundKind: 'text', found: '"other"' },
  'journey/version-missing': { current: 1 },
  'journey/version-invalid': { current: 1, foundKind: 'text', found: '"one"' },
  'journey/version-newer': { current: 1, version: 7 },
  'journey/duplicate-id': { kind: 'node', id: '"n1"', first: 'journey.nodes[0]' },
  'journey/duplicate-template': { name: '"promo"', language: '"fr"', first: 'templates[0]' },
  'journey/more-errors': { count: 12 },
  'schema/missing': { detail: 'schema/wrong-type', expected: 'number' },
  'schema/wrong-type': { expected: 'string', foundKind: 'number', found: '3' },
  'schema/not-allowed': { allowed: ['"minutes"', '"hours"', '"days"'], foundKind: 'text', found: '"weeks"' },
  'schema/bad-format': { format: 'regex', foundKind: 'text', found: '"25:00"' },
  'schema/unknown-keys': { keys: ['"colour"', '"size"'] },
  'schema/not-multiple': { divisor: '5' },
  'schema/rejected': { message: 'never good' },
};

function said(code: ImportErrorCode, language: 'en' | 'fr'): string {
  const i18n = createI18n(language);
  const values = SAMPLE_VALUES[code] ?? (code.includes('too') || code.includes('number') ? { limit: 2 } : {});
  return importErrorMessage({ path: 'a.b', message: 'English from core', code, values }, i18n.getFixedT(language, 'importErrors'), language);
}

describe('import error messages', () => {
  // Enumerated from core's own list: a code added to core without its sentences fails here.
  it.each(IMPORT_ERROR_CODES.map((code) => [code]))('says %s in English and in French, with every value filled in', (code) => {
    expect(importErrorsEn.codes[code]).toBeTruthy();
    expect(importErrorsFr.codes[code]).toBeTruthy();
    const english = said(code, 'en');
    const french = said(code, 'fr');
    expect(english).not.toMatch(/\{\{|codes\.|English from core/);
    expect(french).not.toMatch(/\{\{|codes\.|English from core/);
    expect(french).not.toBe(english);
  });

  it('says a missing field with what was expected, in French', () => {
    expect(said('schema/missing', 'fr')).toBe('manquant (attendu : un nombre)');
    expect(said('schema/not-allowed', 'fr')).toBe('attendu : "minutes", "hours" ou "days", trouvé : "weeks"');
    expect(said('journey/more-errors', 'fr')).toBe('et 12 autres erreurs');
  });

  it('keeps the place: file, line and column in the interface language, then the field', () => {
    const file = { format: 'wa-journey', version: 1, journey: { ...journey('x', 'Bad'), nodes: [{ id: 'n1', type: 'teleport', data: {} }] } };
    const result = importJourneyFile(JSON.stringify(file, null, 2));
    expect(result.ok).toBe(false);
    const error = result.ok ? undefined : result.errors[0];
    const i18n = createI18n('fr');
    const text = importErrorText(error!, 'bad.journey.json', i18n.getFixedT('fr', 'importErrors'), 'fr');
    expect(text).toMatch(/^bad\.journey\.json, ligne \d+, colonne \d+, champ journey\.nodes\[0\]\.type : attendu : "entry", .* ou "exit", trouvé : "teleport"$/);
  });

  it('says a JSON syntax error at its line and column, without repeating them in English', () => {
    const result = importJourneyFile('{\n  "format": "wa-journey",\n}');
    const i18n = createI18n('fr');
    const text = importErrorText(result.ok ? (undefined as never) : result.errors[0]!, 'f.json', i18n.getFixedT('fr', 'importErrors'), 'fr');
    expect(text).toBe('f.json, ligne 3, colonne 1 : une virgule de trop avant « } » : supprimez-la');
  });
});

describe('Journeys screen in French', () => {
  it('shows why a bad journey file was not imported in French, with the line and the field', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:journey');
    openTestWorkspace(NOW);
    await saveJourney(journey('kept', 'Kept'));
    const { user } = renderScreen(<JourneysScreen />, 'fr');
    await screen.findByRole('button', { name: 'Ouvrir Kept' });
    const input = screen.getByLabelText('Importer un fichier de parcours', { selector: 'input' });

    const bad = { format: 'wa-journey', version: 1, journey: { ...journey('x', 'Bad'), nodes: [{ id: 'n1', type: 'wait', data: { mode: 'duration', duration: { amount: 1, unit: 'weeks' } } }] } };
    const text = JSON.stringify(bad, null, 2);
    const before = text.slice(0, text.indexOf('"weeks"')).split('\n');
    const [line, column] = [before.length, before.at(-1)!.length + 1];
    await user.upload(input, textFile('mauvais.journey.json', text));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      `mauvais.journey.json, ligne ${line}, colonne ${column}, champ journey.nodes[0].data.duration.unit : attendu : "minutes", "hours" ou "days", trouvé : "weeks"`,
    );
    expect(alert).not.toHaveTextContent('expected');
    expect(await listJourneys()).toHaveLength(1);
  });
});
