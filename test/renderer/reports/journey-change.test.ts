/** Whether a workspace journey is still the revision a run froze: layout aside, any edit counts. */
import { describe, expect, it } from 'vitest';
import { journeyEditedSince } from '../../../renderer/src/reports/journey-change';
import { sampleInput } from '../simulation/sample';

const frozen = sampleInput().journey;

describe('journeyEditedSince', () => {
  it('sees no edit in the same journey, with its keys in another order or its steps moved', () => {
    const reversed = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).reverse()) as T;
    const reordered = reversed({ ...frozen, nodes: frozen.nodes.map(reversed), edges: frozen.edges.map(reversed) });
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(frozen));
    expect(journeyEditedSince(frozen, reordered)).toBe(false);
    const moved = { ...frozen, nodes: frozen.nodes.map((n) => ({ ...n, position: { x: 999, y: -5 } })) };
    expect(journeyEditedSince(frozen, moved)).toBe(false);
  });

  it('sees a renamed, added or removed step, a changed setting and a changed link', () => {
    const [first, ...rest] = frozen.nodes;
    expect(journeyEditedSince(frozen, { ...frozen, nodes: [{ ...first!, id: `${first!.id}-2` }, ...rest] })).toBe(true);
    expect(journeyEditedSince(frozen, { ...frozen, nodes: [...frozen.nodes, { id: 'x', type: 'exit', data: {} }] })).toBe(true);
    expect(journeyEditedSince(frozen, { ...frozen, nodes: rest })).toBe(true);
    expect(journeyEditedSince(frozen, { ...frozen, timezone: 'Asia/Tokyo' })).toBe(true);
    expect(journeyEditedSince(frozen, { ...frozen, edges: frozen.edges.slice(1) })).toBe(true);
  });
});
