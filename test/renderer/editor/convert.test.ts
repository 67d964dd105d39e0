import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../../core/journey';
import { Journey as JourneySchema, exportJourneyFile, importJourneyFile } from '../../../core/journey';
import {
  fallbackPosition,
  flowToJourney,
  journeyToFlow,
  readNotes,
  withNotes,
} from '../../../renderer/src/editor/convert';
import type { StickyNote } from '../../../renderer/src/editor/convert';
import { arbJourney } from '../../support/arbitraries';

const arbNote: fc.Arbitrary<StickyNote> = fc.record(
  {
    id: fc.uuid().map((u) => `note-${u}`),
    text: fc.string({ maxLength: 40 }),
    position: fc.record({ x: fc.integer({ min: -2000, max: 2000 }), y: fc.integer({ min: -2000, max: 2000 }) }),
    width: fc.integer({ min: 80, max: 400 }),
    height: fc.integer({ min: 60, max: 300 }),
  },
  { requiredKeys: ['id', 'text', 'position'] },
);

describe('journey <-> canvas converters', () => {
  it('round-trips any journey with its notes: journey -> flow -> journey is the identity', () => {
    fc.assert(
      fc.property(arbJourney(), fc.uniqueArray(arbNote, { selector: (n) => n.id, maxLength: 4 }), (journey, notes) => {
        const start = withNotes(journey, notes);
        const { nodes, edges } = journeyToFlow(start);
        expect(flowToJourney(start, nodes, edges)).toEqual(start);
      }),
    );
  });

  it('gives one canvas node per step and note, and one edge per journey edge with its handle', () => {
    const journey = withNotes(
      {
        id: 'j', name: 'J', timezone: 'UTC',
        nodes: [
          { id: 'in', type: 'entry', position: { x: 0, y: 0 }, data: { source: 'audience' } },
          { id: 'ask', type: 'wait_for_reply', position: { x: 300, y: 0 }, data: { timeout: { amount: 1, unit: 'days' } } },
        ],
        edges: [{ id: 'e1', source: 'in', sourceHandle: 'out', target: 'ask' }],
      },
      [{ id: 'note-1', text: 'Ask first', position: { x: 0, y: -120 } }],
    );
    const { nodes, edges } = journeyToFlow(journey);
    expect(nodes.map((n) => [n.id, n.type])).toEqual([['in', 'entry'], ['ask', 'wait_for_reply'], ['note-1', 'note']]);
    expect(edges).toEqual([{ id: 'e1', type: 'journey', source: 'in', sourceHandle: 'out', target: 'ask' }]);
  });

  it('draws steps without a position on a grid, and keeps them unpositioned until moved', () => {
    const journey: Journey = {
      id: 'j', name: 'J', timezone: 'UTC', edges: [],
      nodes: [
        { id: 'a', type: 'entry', data: { source: 'audience' } },
        { id: 'b', type: 'exit', data: {} },
      ],
    };
    const { nodes, edges } = journeyToFlow(journey);
    expect(nodes.map((n) => n.position)).toEqual([fallbackPosition(0), fallbackPosition(1)]);
    expect(flowToJourney(journey, nodes, edges).nodes.map((n) => n.position)).toEqual([undefined, undefined]);

    const moved = nodes.map((n) => (n.id === 'b' ? { ...n, position: { x: 5, y: 6 } } : n));
    expect(flowToJourney(journey, moved, edges).nodes[1]?.position).toEqual({ x: 5, y: 6 });
  });

  it('keeps canvas-only state (selection, sizes, dragging) out of the journey', () => {
    const journey: Journey = {
      id: 'j', name: 'J', timezone: 'UTC', edges: [],
      nodes: [{ id: 'a', type: 'exit', position: { x: 1, y: 2 }, data: {} }],
    };
    const { nodes, edges } = journeyToFlow(journey);
    const touched = nodes.map((n) => ({ ...n, selected: true, dragging: true, measured: { width: 10, height: 20 } }));
    expect(flowToJourney(journey, touched, edges)).toEqual(journey);
  });

  it('saves notes in the journey file, which still imports and validates as a journey', () => {
    const journey = withNotes(
      { id: 'j', name: 'J', timezone: 'UTC', nodes: [{ id: 'a', type: 'entry', data: { source: 'audience' } }], edges: [] },
      [{ id: 'note-1', text: 'Remember the promo code', position: { x: 10, y: 20 }, width: 200, height: 120 }],
    );
    const text = exportJourneyFile({ format: 'wa-journey', version: 1, journey });
    const imported = importJourneyFile(text);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(readNotes(imported.file.journey)).toEqual(readNotes(journey));
    expect(JourneySchema.parse(imported.file.journey).nodes).toHaveLength(1);
  });

  it('reads a malformed notes field as no notes, and removes the field when the last note goes', () => {
    const journey = { id: 'j', name: 'J', timezone: 'UTC', nodes: [], edges: [], notes: 'oops' } as Journey;
    expect(readNotes(journey)).toEqual([]);
    expect('notes' in withNotes(journey, [])).toBe(false);
  });
});
