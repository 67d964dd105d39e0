/**
 * Importing a bad journey file with the interface in French: each problem is said in French,
 * with its place (file, line, column, field), and nothing of core's English wording is left.
 */
import { describe, expect, it } from 'vitest';
import { importJourneyFile } from '../../core/journey';
import { createI18n } from '../../renderer/src/i18n/create-i18n';
import { importErrorText } from '../../renderer/src/screens/journeys/import-error-text';
import { sessionPerTest } from './support/session-per-test';
import { contrastFailures, englishLeftovers, sampleData } from './support/ui-audit';

const i18n = createI18n('fr');
const t = i18n.t;
const tError = i18n.getFixedT('fr', 'importErrors');

const BAD_FILE = JSON.stringify(
  {
    format: 'wa-journey',
    version: 1,
    journey: {
      id: 'bad',
      name: 'Mauvais parcours',
      timezone: 'Europe/Paris',
      nodes: [
        { id: 'n1', type: 'entry', data: { source: 'audience' } },
        { id: 'n2', type: 'teleport', data: {} },
        { id: 'n3', type: 'wait', data: { mode: 'duration', duration: { amount: 'deux', unit: 'weeks' } } },
        { id: 'n1', type: 'exit', data: {} },
      ],
      edges: [],
    },
  },
  null,
  2,
);

describe('journey file import errors in French', () => {
  const current = sessionPerTest({ locale: 'fr-FR', colorScheme: 'dark' });

  it('says each problem in French with its line, column and field', async () => {
    const { app, page, host } = current();
    await app.open(host.url);
    await page.getByRole('table', { name: t('journeyList.table') }).waitFor();
    const result = importJourneyFile(BAD_FILE);
    if (result.ok) throw new Error('the bad file imported');
    expect(result.errors.length).toBeGreaterThanOrEqual(4);

    await page.getByLabel(t('journeyList.import')).setInputFiles({ name: 'mauvais.journey.json', mimeType: 'application/json', buffer: Buffer.from(BAD_FILE) });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const shown = (await alert.innerText()).replace(/\s+/g, ' ');
    for (const error of result.errors) {
      expect(error.line, `${error.path} has a line`).toBeGreaterThan(0);
      expect(shown).toContain(importErrorText(error, 'mauvais.journey.json', tError, 'fr'));
      expect(shown).not.toContain(error.message);
    }
    expect(shown).toMatch(/ligne \d+, colonne \d+, champ journey\.nodes\[2\]\.data\.duration\.unit : attendu : "minutes", "hours" ou "days", trouvé : "weeks"/);
    await app.screenshot('journey-import-errors-fr-dark');
    // The allowed values are the format's own words, written in the file as they are.
    const userData = [...sampleData(), 'Mauvais parcours', '"minutes", "hours" ou "days"'];
    expect(await englishLeftovers(page, userData)).toEqual([]);
    expect(await contrastFailures(page)).toEqual([]);

    await page.getByLabel(t('journeyList.import')).setInputFiles({ name: 'cassé.journey.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "format": "wa-journey",\n}') });
    await expect.poll(async () => (await alert.innerText()).replace(/\s+/g, ' ')).toContain('cassé.journey.json, ligne 3, colonne 1 : une virgule de trop avant « } » : supprimez-la');
  });
});
