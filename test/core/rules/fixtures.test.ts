/**
 * The journey fixtures (test/fixtures/journeys/index.json): for every rule one journey that
 * breaks it and one that does not, some with an audience. Each file goes through the real
 * importer and CSV parser, as the renderer, the command line and the e2e tests read them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAudienceCsv } from '../../../core/audience';
import { importJourneyFile } from '../../../core/journey';
import { RULE_IDS, validateJourney, type RuleId } from '../../../core/rules';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/journeys');
type Fixture = { file: string; rule: RuleId; breaks: boolean; audience?: string };
const fixtures = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as Fixture[];

/** Validates a fixture as `wajourney validate` would. */
function findingsOf(fixture: Fixture) {
  const imported = importJourneyFile(readFileSync(join(dir, fixture.file), 'utf8'));
  if (!imported.ok) throw new Error(`${fixture.file}: ${imported.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  const { journey, templates, channels } = imported.file;
  let audience;
  if (fixture.audience) {
    const csv = parseAudienceCsv(readFileSync(join(dir, fixture.audience), 'utf8'));
    expect(csv.errors).toEqual([]);
    audience = csv.contacts;
  }
  return validateJourney({ journey, templates, channels, audience });
}

describe('journey fixtures', () => {
  it('hold a breaking and a clean journey for every rule, and nothing unlisted', () => {
    for (const rule of RULE_IDS) {
      expect(fixtures.some((f) => f.file === `${rule}.bad.journey.json` && f.breaks && f.rule === rule), `${rule} bad`).toBe(true);
      expect(fixtures.some((f) => f.file === `${rule}.good.journey.json` && !f.breaks && f.rule === rule), `${rule} good`).toBe(true);
    }
    const listed = new Set(fixtures.map((f) => f.file));
    expect(readdirSync(dir).filter((f) => f.endsWith('.journey.json') && !listed.has(f))).toEqual([]);
  });

  it.each(fixtures.filter((f) => f.breaks).map((f) => [`${f.file}${f.audience ? ` with ${f.audience}` : ''}`, f] as const))('%s breaks its rule and only it', (_name, fixture) => {
    const rules = new Set(findingsOf(fixture).map((f) => f.rule));
    expect([...rules]).toEqual([fixture.rule]);
  });

  it.each(fixtures.filter((f) => !f.breaks).map((f) => [f.file, f] as const))('%s has no finding at all', (_name, fixture) => {
    expect(findingsOf(fixture)).toEqual([]);
  });
});
