/** The sample workspace (assets/sample) as simulator inputs, for report tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAudienceCsv } from '../../../core/audience';
import { Channel, JourneyFile } from '../../../core/journey';
import type { SimulationInput } from '../../../core/sim';
import { Template } from '../../../core/whatsapp/template';

// From the repository root (vitest's working directory): a file URL is not one in a jsdom test.
const SAMPLE = join(process.cwd(), 'assets/sample/');
const readJson = (path: string): unknown => JSON.parse(readFileSync(SAMPLE + path, 'utf8'));

export const sampleChannel = Channel.array().parse(readJson('channels.json'))[0]!;
export const sampleTemplates = Template.array().parse(readJson('templates.json'));
export const sampleAudience = parseAudienceCsv(readFileSync(`${SAMPLE}audience.csv`, 'utf8')).contacts;

/** The sample promotion over the sample audience, from a fixed Monday morning. */
export function sampleInput(journeyFile = 'promo-reply.journey.json'): SimulationInput {
  return {
    journey: JourneyFile.parse(readJson(`journeys/${journeyFile}`)).journey,
    templates: sampleTemplates,
    channel: sampleChannel,
    audience: sampleAudience,
    start: Date.UTC(2026, 0, 5, 9, 0),
    seed: 7,
  };
}
