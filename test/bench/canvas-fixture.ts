/** Big journeys for the canvas benchmark: a chain of steps of several kinds on a grid, as a journey file's text. */
import type { Journey, JourneyNode } from '../../core/journey';
import { exportJourneyFile } from '../../core/journey';

const COLUMNS = 25;

function step(i: number): JourneyNode {
  const id = `s${i}`;
  const position = { x: (i % COLUMNS) * 300, y: Math.floor(i / COLUMNS) * 200 };
  if (i === 0) return { id, type: 'entry', position, data: { source: 'inbound_message' } };
  switch (i % 4) {
    case 0:
      return { id, type: 'wait', position, data: { mode: 'duration', duration: { amount: 1 + (i % 5), unit: 'hours' } } };
    case 1:
      return { id, type: 'whatsapp_template', position, data: { template: 'welcome', language: 'en', parameters: { '1': '{{contact.first_name}}' } } };
    case 2:
      return { id, type: 'whatsapp_session', position, data: { message: { kind: 'text', text: `Step ${i}: thanks for writing to us.` } } };
    default:
      return { id, type: 'update_contact', position, data: { set: { step: String(i) } } };
  }
}

/** A journey of `count` steps chained by `count - 1` links. */
export function chainJourney(count: number, id: string, name: string): Journey {
  const nodes = Array.from({ length: count }, (_, i) => step(i));
  const edges = nodes.slice(1).map((n, i) => ({ id: `e${i + 1}`, source: nodes[i]!.id, sourceHandle: 'out', target: n.id }));
  return { id, name, timezone: 'UTC', nodes, edges };
}

export function journeyFileText(journey: Journey): string {
  return exportJourneyFile({ format: 'wa-journey', version: 1, journey });
}
