import { describe, expect, it } from 'vitest';
import { check, entry, journey, node, only, sendTemplate, session, waitFor } from './helpers';

/** Long chains: every analysis is iterative, so depth never overflows the stack. */
describe('validateJourney on long chains', () => {
  const length = 20_000;
  const waits = Array.from({ length }, (_, k) => waitFor(`w${k}`, 1, 'minutes'));
  const chain: [string, string][] = waits.slice(1).map((w, k): [string, string] => [`w${k}`, w.id]);

  it('finds the loop closing a 20,000-step chain', () => {
    const findings = check(journey([entry(), ...waits], [['in', 'w0'], ...chain, [`w${length - 1}`, 'w0']]));
    const [cycle] = only(findings, 'structure.cycle');
    expect(cycle?.params?.path).toHaveLength(length);
  });

  it('follows window and dominators down a 20,000-step chain', () => {
    const nodes = [entry('in', { source: 'inbound_message' }), sendTemplate('t', 'welcome', 'fr', { '1': 'x' }), ...waits, node('se', 'split_engagement', { message: 't', metric: 'read' }), session('s'), session('s2')];
    const edges: [string, string, string?][] = [['in', 't'], ['t', 'w0'], ...chain, [`w${length - 1}`, 'se'], ['se', 's', 'yes'], ['se', 's2', 'no']];
    const findings = check(journey(nodes, edges));
    expect(findings.map((f) => [f.rule, f.node])).toEqual([
      ['session.outside-window', 's'],
      ['session.outside-window', 's2'],
    ]);
    expect(findings[0]?.params?.hours).toBeCloseTo(length / 60);
  });
});
