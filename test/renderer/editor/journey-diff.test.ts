import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffJourneys } from '../../../renderer/src/editor/diff/journey-diff';
import { arbJourney } from '../../support/arbitraries';
import { editedLineJourney, lineJourney } from './journey-builders';

describe('diffJourneys', () => {
  it('finds added, removed and changed steps, and marks each side', () => {
    const before = lineJourney();
    const after = editedLineJourney();
    const diff = diffJourneys(before, after);
    expect(diff.added).toEqual(['ask']);
    expect(diff.removed).toEqual(['pause']);
    expect(diff.changed).toEqual(['promo']);
    expect([...diff.before]).toEqual([['pause', 'removed'], ['promo', 'changed']]);
    expect([...diff.after]).toEqual([['promo', 'changed'], ['ask', 'added']]);
  });

  it('counts a rewired output as a change of the step it leaves', () => {
    const before = lineJourney();
    const after = { ...before, edges: before.edges.map((e) => (e.id === 'e4' ? { ...e, sourceHandle: 'failed' } : e)) };
    expect(diffJourneys(before, after).changed).toEqual(['hello']);
  });

  it('ignores moves and key order, and finds nothing between a journey and itself', () => {
    fc.assert(
      fc.property(arbJourney(), (journey) => {
        const moved = { ...journey, nodes: journey.nodes.map((n) => ({ data: n.data, type: n.type, id: n.id, position: { x: 7, y: 9 } }) as typeof n) };
        const diff = diffJourneys(journey, moved);
        expect([diff.added, diff.removed, diff.changed]).toEqual([[], [], []]);
      }),
    );
  });
});
