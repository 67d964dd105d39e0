/** Journey files the end-to-end specs import, made from the sample. */
import { readFileSync } from 'node:fs';

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
