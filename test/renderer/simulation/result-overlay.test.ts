import { describe, expect, it } from 'vitest';
import { simulate } from '../../../core/sim';
import { failureText, overlayOfResult } from '../../../renderer/src/simulation/result-overlay';
import { sampleInput } from './sample';

describe('a simulation result on the canvas', () => {
  const input = sampleInput();
  const result = simulate(input);
  const { steps, edges } = overlayOfResult(input.journey, result, 'en');

  it('puts every step count the simulator reports on its step', () => {
    for (const node of input.journey.nodes) {
      expect(steps[node.id]?.entered).toBe(result.nodes[node.id]?.entered);
    }
    expect(steps.promo?.sent).toBe(result.nodes.promo?.sent);
    expect(steps.promo?.delivered).toBe(result.nodes.promo?.delivered);
    expect(steps.entry?.sent).toBeUndefined();
  });

  it('gives every link the simulator’s own count, also where several links meet', () => {
    expect(Object.keys(edges)).toEqual(input.journey.edges.map((e) => e.id));
    for (const e of input.journey.edges) expect(edges[e.id], e.id).toBe(result.edges[e.id]);
    const incoming = (target: string) => input.journey.edges.filter((e) => e.target === target);
    const single = input.journey.edges.filter((e) => incoming(e.target).length === 1);
    expect(single.length).toBeGreaterThan(2);
    for (const e of single) expect(edges[e.id]).toBe(result.nodes[e.target]?.entered);
    // Where links meet, each keeps its own share and the shares add up to the arrivals.
    const joins = [...new Set(input.journey.edges.map((e) => e.target))].filter((t) => incoming(t).length > 1);
    expect(joins.length).toBeGreaterThan(0);
    for (const target of joins) expect(incoming(target).reduce((sum, e) => sum + (edges[e.id] ?? 0), 0)).toBe(result.nodes[target]?.entered);
  });

  it('explains failures with the Meta error catalog in the interface language', () => {
    expect(failureText({ '131047': 3 }, 'en')).toMatch(/^131047: .*24/);
    expect(failureText({ '131047': 3 }, 'fr')).toMatch(/^131047: /);
    expect(failureText({ '131047': 3 }, 'fr')).not.toBe(failureText({ '131047': 3 }, 'en'));
  });
});
