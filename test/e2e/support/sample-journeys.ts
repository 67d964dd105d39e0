/** Journey files the end-to-end specs import, made from the sample. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAudienceCsv } from '../../../core/audience';
import { importJourneyFile, parseChannelsFile, parseTemplatesFile } from '../../../core/journey';
import { projectRoot } from './paths';

export const ONE_MESSAGE_NAME = 'Winter promotion, one message';

/** The sample's first message alone, without quiet hours: a sandbox run of it finishes at any hour, in seconds. */
export function oneMessageJourney(): Buffer {
  const file = JSON.parse(readFileSync('assets/sample/journeys/promo-reply.journey.json', 'utf8')) as {
    journey: { id: string; name: string; quietHours?: unknown; nodes: { id: string; position: { x: number; y: number } }[]; edges: unknown[] };
  };
  const { journey } = file;
  const byId = new Map(journey.nodes.map((n) => [n.id, n]));
  const promo = byId.get('promo')!;
  journey.id = 'promo-one';
  journey.name = ONE_MESSAGE_NAME;
  delete journey.quietHours;
  journey.nodes = [byId.get('entry')!, promo, { id: 'done', type: 'exit', position: { x: promo.position.x, y: promo.position.y + 200 }, data: {} } as never];
  journey.edges = [
    { id: 'e1', source: 'entry', sourceHandle: 'out', target: 'promo' },
    { id: 'e2', source: 'promo', sourceHandle: 'out', target: 'done' },
  ];
  return Buffer.from(JSON.stringify(file));
}

/**
 * The sample promotion and what the app simulates it with, read from assets/sample as the app
 * bundles them (the renderer's ?raw imports are Vite's, not Node's).
 */
export function samplePromotion() {
  const read = (file: string) => readFileSync(join(projectRoot, 'assets/sample', file), 'utf8');
  const journeyFile = importJourneyFile(read('journeys/promo-reply.journey.json'));
  const templates = parseTemplatesFile(read('templates.json'));
  const channels = parseChannelsFile(read('channels.json'));
  if (!journeyFile.ok || !templates.ok || !channels.ok) throw new Error('the sample does not import');
  return { journey: journeyFile.file.journey, templates: templates.value, channels: channels.value, audience: parseAudienceCsv(read('audience.csv')).contacts };
}
