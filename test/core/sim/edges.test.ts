import { describe, expect, it } from 'vitest';
import { WorldModel } from '../../../core/journey/world';
import { simulate, type SimulationResult } from '../../../core/sim';
import { benchJourney, benchTemplates } from '../../bench/simulate-fixture';
import { journey, people, run, T0, template, world } from './build';

const bench = (seed: number): SimulationResult =>
  simulate({
    journey: benchJourney,
    templates: benchTemplates,
    audience: people(2_000),
    world: WorldModel.parse({ replyRate: 0.4, clickRate: 0.2, deliveryRate: 0.9 }),
    start: T0,
    seed,
    channel: { messagingLimit: 1_000, throughputMps: 80, quality: 'GREEN' },
  });

const sumOver = (result: SimulationResult, pick: (e: (typeof benchJourney.edges)[number]) => boolean): number =>
  benchJourney.edges.filter(pick).reduce((sum, e) => sum + (result.edges[e.id] ?? Number.NaN), 0);

describe('contacts per link', () => {
  const result = bench(5);

  it('counts every edge of the journey, in its order', () => {
    expect(Object.keys(result.edges)).toEqual(benchJourney.edges.map((e) => e.id));
    expect(result.outcome.waiting).toBe(0);
  });

  it('out of each step, the links add up to its arrivals less its exits', () => {
    for (const node of benchJourney.nodes) {
      const stats = result.nodes[node.id];
      expect(stats, node.id).toBeDefined();
      const out = sumOver(result, (e) => e.source === node.id);
      expect(out, node.id).toBe((stats?.entered ?? 0) - (stats?.exited ?? 0));
    }
  });

  it('into each step but the entry, the links add up to its arrivals (also where two links meet)', () => {
    for (const node of benchJourney.nodes.filter((n) => n.type !== 'entry')) {
      expect(sumOver(result, (e) => e.target === node.id), node.id).toBe(result.nodes[node.id]?.entered);
    }
    // Both joins are taken by some contacts on each side: the split between them is the simulator's, not a guess.
    const into = (target: string) => benchJourney.edges.filter((e) => e.target === target).map((e) => result.edges[e.id] ?? 0);
    for (const target of ['done', 'reminder']) {
      const counts = into(target);
      expect(counts.length).toBe(2);
      for (const count of counts) expect(count, target).toBeGreaterThan(0);
    }
  });

  it('are the same for the same seed (byte-identical) and differ for another', () => {
    expect(JSON.stringify(bench(5).edges)).toBe(JSON.stringify(result.edges));
    expect(JSON.stringify(bench(6).edges)).not.toBe(JSON.stringify(result.edges));
  });

  it('counts a failed link by the failures that took it, and 0 for a second link on one handle', () => {
    const j = journey(
      [['in', 'entry'], ['s', 'whatsapp_session', { message: { kind: 'text', text: 'hi' } }], ['ok', 'exit'], ['ko', 'exit'], ['other', 'exit']],
      // No inbound message: every session message fails (131047) and takes `failed`.
      [['in', 'out', 's'], ['s', 'out', 'ok'], ['s', 'failed', 'ko'], ['s', 'failed', 'other']],
    );
    const r = run({ journey: j, audience: people(7), world: world() });
    expect(r.nodes.s?.failed).toBe(7);
    expect(r.edges).toEqual({ e0: 7, e1: 0, e2: 7, e3: 0 });
  });

  it('splits a random split’s contacts over its links as they went', () => {
    const j = journey(
      [['in', 'entry'], ['r', 'split_random', { branches: [{ id: 'a', percent: 30 }, { id: 'b', percent: 70 }] }], ['t', 'whatsapp_template', { template: 'promo', language: 'fr', parameters: { '1': 'a', '2': 'b' } }], ['end', 'exit']],
      [['in', 'out', 'r'], ['r', 'a', 't'], ['r', 'b', 't'], ['t', 'out', 'end']],
    );
    const r = run({ journey: j, audience: people(1_000), templates: [template('promo', 'UTILITY')], seed: 3 });
    expect((r.edges.e1 ?? 0) + (r.edges.e2 ?? 0)).toBe(1_000);
    expect(Math.abs((r.edges.e1 ?? 0) - 300)).toBeLessThan(60);
    expect(r.edges.e3).toBe(r.nodes.t?.sent);
  });
});
