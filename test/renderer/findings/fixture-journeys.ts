/** The rule fixtures (test/fixtures/journeys) as parsed files, for renderer tests. */
import { parseJourneyFileValue, type JourneyFile } from '../../../core/journey';
import { validateJourney, type Finding, type RuleId } from '../../../core/rules';
import danglingBad from '../../fixtures/journeys/structure.dangling-branch.bad.journey.json';
import entryMissingBad from '../../fixtures/journeys/structure.entry-missing.bad.journey.json';
import percentBad from '../../fixtures/journeys/split.percent-sum.bad.journey.json';
import sessionBad from '../../fixtures/journeys/session.outside-window.bad.journey.json';

const files: Record<string, unknown> = {
  'session.outside-window': sessionBad,
  'structure.dangling-branch': danglingBad,
  'structure.entry-missing': entryMissingBad,
  'split.percent-sum': percentBad,
};

/** The bad fixture of a rule, parsed by the real importer. */
export function badFixture(rule: RuleId): JourneyFile {
  const result = parseJourneyFileValue(files[rule]);
  if (!result.ok) throw new Error(`fixture ${rule} does not import: ${JSON.stringify(result.errors)}`);
  return result.file;
}

/** Findings of a file validated with its own templates and channels. */
export function findingsOf(file: JourneyFile, journey = file.journey): Finding[] {
  return validateJourney({ journey, templates: file.templates ?? [], channels: file.channels ?? [] });
}
