/** Small journeys for editor tests, written out so each test reads on its own. */
import type { Journey, JourneyNode } from '../../../core/journey';

/** entry -> template -> wait 2 days -> session message -> exit. */
export function lineJourney(): Journey {
  return {
    id: 'line',
    name: 'Line',
    timezone: 'UTC',
    nodes: [
      { id: 'in', type: 'entry', position: { x: 0, y: 0 }, data: { source: 'audience' } },
      { id: 'promo', type: 'whatsapp_template', position: { x: 300, y: 0 }, data: { template: 'promo', language: 'en' } },
      { id: 'pause', type: 'wait', position: { x: 600, y: 0 }, data: { mode: 'duration', duration: { amount: 2, unit: 'days' } } },
      { id: 'hello', type: 'whatsapp_session', position: { x: 900, y: 0 }, data: { message: { kind: 'text', text: 'Hi' } } },
      { id: 'bye', type: 'exit', position: { x: 1200, y: 0 }, data: {} },
    ],
    edges: [
      { id: 'e1', source: 'in', sourceHandle: 'out', target: 'promo' },
      { id: 'e2', source: 'promo', sourceHandle: 'out', target: 'pause' },
      { id: 'e3', source: 'pause', sourceHandle: 'out', target: 'hello' },
      { id: 'e4', source: 'hello', sourceHandle: 'out', target: 'bye' },
    ],
  };
}

/** lineJourney edited: the wait removed, the template changed to promo_v2, a wait_for_reply 'ask' added in its place. */
export function editedLineJourney(): Journey {
  const before = lineJourney();
  return {
    ...before,
    nodes: [
      ...before.nodes
        .filter((n) => n.id !== 'pause')
        .map((n): JourneyNode => (n.id === 'promo' ? { id: 'promo', type: 'whatsapp_template', position: n.position, data: { template: 'promo_v2', language: 'en' } } : n)),
      { id: 'ask', type: 'wait_for_reply', position: { x: 600, y: 0 }, data: { timeout: { amount: 1, unit: 'days' } } },
    ],
    edges: [
      { id: 'e1', source: 'in', sourceHandle: 'out', target: 'promo' },
      { id: 'e2', source: 'promo', sourceHandle: 'out', target: 'ask' },
      { id: 'e3', source: 'ask', sourceHandle: 'replied', target: 'hello' },
      { id: 'e4', source: 'hello', sourceHandle: 'out', target: 'bye' },
    ],
  };
}
