/**
 * The sample workspace of assets/sample, bundled into the app as text and read with the same
 * core importers as any user file, so the sample can never hold what a user could not import.
 */
import { parseAudienceCsv } from '../../../core/audience';
import { attributeColumns } from './attribute-columns';
import { importJourneyFile, parseChannelsFile, parseTemplatesFile } from '../../../core/journey';
import type { WorkspaceContent } from '../../db';
import audienceCsv from '../../../assets/sample/audience.csv?raw';
import channelsJson from '../../../assets/sample/channels.json?raw';
import promoJourney from '../../../assets/sample/journeys/promo-reply.journey.json?raw';
import welcomeJourney from '../../../assets/sample/journeys/welcome-series.journey.json?raw';
import templatesJson from '../../../assets/sample/templates.json?raw';

/** The sample audience's name, as shown on the Audiences screen. */
export const SAMPLE_AUDIENCE_NAME = 'Maison Dupont customers (sample)';

/** Parses the bundled sample. A failure means the assets are broken (test/core/sample guards them): it throws. */
export function sampleWorkspace(): WorkspaceContent {
  const channels = parseChannelsFile(channelsJson);
  const templates = parseTemplatesFile(templatesJson);
  const audience = parseAudienceCsv(audienceCsv);
  const journeys = [welcomeJourney, promoJourney].map((text) => importJourneyFile(text));
  if (!channels.ok || !templates.ok || audience.errors.length > 0) throw new Error('The bundled sample workspace does not import cleanly.');
  return {
    channels: channels.value,
    templates: templates.value,
    audiences: [{ name: SAMPLE_AUDIENCE_NAME, contacts: audience.contacts, attributes: attributeColumns(audience.columns) }],
    journeys: journeys.map((result) => {
      if (!result.ok) throw new Error('A bundled sample journey does not import cleanly.');
      return result.file.journey;
    }),
  };
}
