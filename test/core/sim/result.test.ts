import { describe, expect, it } from 'vitest';
import { simulate, type SimulationProgress } from '../../../core/sim';
import { WorldModel } from '../../../core/journey/world';
import { benchJourney, benchTemplates } from '../../bench/simulate-fixture';
import { DAY, HOUR, journey, people, run, T0 } from './build';

const realistic = () => WorldModel.parse({ byCountry: { FR: { replyRate: 0.3 } } });
const bench = (seed: number, audience = people(3_000)) =>
  simulate({ journey: benchJourney, templates: benchTemplates, audience, world: realistic(), start: T0, seed, channel: { messagingLimit: 1_000, throughputMps: 80, quality: 'GREEN' } }, { trace: [0, 7] });

describe('simulation results', () => {
  it('same journey, audience, world, start and seed give byte-identical JSON, with the seed in it', () => {
    const a = JSON.stringify(bench(42));
    expect(JSON.stringify(bench(42))).toBe(a);
    expect(JSON.parse(a)).toMatchObject({ seed: 42, start: new Date(T0).toISOString() });
    expect(JSON.stringify(bench(43))).not.toBe(a);
  });

  it('has the spec’s fields first, per-node counts for every node, and consistent series', () => {
    const r = bench(1);
    expect(Object.keys(r).slice(0, 7)).toEqual(['contacts', 'skipped', 'nodes', 'errors', 'cost', 'finishedAt', 'seed']);
    expect(Object.keys(r.cost)).toEqual(['currency', 'total', 'byCategory', 'byMarket']);
    expect(Object.keys(r.nodes)).toEqual(benchJourney.nodes.map((n) => n.id));
    const total = (key: 'sent' | 'delivered') => Object.values(r.nodes).reduce((sum, n) => sum + n[key], 0);
    const sum = (series: number[]) => series.reduce((a, b) => a + b, 0);
    expect(sum(r.series.sends)).toBe(total('sent'));
    expect(sum(r.series.deliveries)).toBe(total('delivered'));
    expect(r.outcome).toEqual({ exited: 3_000, waiting: 0, notArrived: 0 });
    expect(r.timelines.map((t) => t.contact)).toEqual([0, 7]);
    expect(r.timelines[0]?.entries[0]).toEqual({ at: new Date(T0).toISOString(), event: 'arrived' });
  });

  it('splits 10,000 contacts at random in proportion to the percentages', () => {
    const j = journey(
      [['in', 'entry'], ['r', 'split_random', { branches: [{ id: 'a', percent: 20 }, { id: 'b', percent: 30 }, { id: 'c', percent: 50 }] }], ['a', 'exit'], ['b', 'exit'], ['c', 'exit']],
      [['in', 'out', 'r'], ['r', 'a', 'a'], ['r', 'b', 'b'], ['r', 'c', 'c']],
    );
    const r = run({ journey: j, audience: people(10_000), seed: 9 });
    // Binomial standard deviations are 40, 46 and 50: four of them is a generous tolerance.
    expect(Math.abs((r.nodes.a?.entered ?? 0) - 2_000)).toBeLessThan(160);
    expect(Math.abs((r.nodes.b?.entered ?? 0) - 3_000)).toBeLessThan(184);
    expect(Math.abs((r.nodes.c?.entered ?? 0) - 5_000)).toBeLessThan(200);
  });

  it('reports contacts still waiting at the horizon', () => {
    const j = journey([['in', 'entry'], ['w', 'wait', { mode: 'until', at: '2027-06-01T00:00:00Z' }], ['end', 'exit']], [['in', 'out', 'w'], ['w', 'out', 'end']]);
    const r = run({ journey: j, audience: people(5) }, { horizonMs: 30 * DAY });
    expect(r.outcome).toEqual({ exited: 0, waiting: 5, notArrived: 0 });
    expect(r.nodes.end?.entered).toBe(0);
  });

  it('spreads inbound-message entries evenly over arrivalHours', () => {
    const j = journey([['in', 'entry', { source: 'inbound_message', keyword: 'PROMO' }], ['s', 'whatsapp_session', { message: { kind: 'text', text: 'x' } }]], [['in', 'out', 's']]);
    const r = run({ journey: j, audience: people(400), world: WorldModel.parse({ deliveryRate: 1, replyRate: 0, readRate: 0, blockRate: 0, optOutRate: 0, clickRate: 0, arrivalHours: 4 }) });
    expect(r.series.sends.slice(0, 4)).toEqual([100, 100, 100, 100]);
    expect(r.nodes.s?.failed).toBe(0); // the inbound message opened the window
  });

  it('reports progress between batches and stops when cancelled', () => {
    const seen: SimulationProgress[] = [];
    const flag = { aborted: false };
    const r = simulate(
      { journey: benchJourney, templates: benchTemplates, audience: people(2_000), start: T0, seed: 3 },
      {
        progressEvery: 500,
        signal: flag,
        onProgress: (p) => {
          seen.push(p);
          if (seen.length === 3) flag.aborted = true;
        },
      },
    );
    expect(seen.map((p) => p.events)).toEqual([500, 1_000, 1_500]);
    expect(r.stopped).toBe('cancelled');
    expect(r.events).toBe(1_500);
    expect(r.outcome.exited + r.outcome.waiting + r.outcome.notArrived).toBe(2_000);
  });

  it('stops a journey that loops forever at its event budget', () => {
    const j = journey([['in', 'entry'], ['w', 'wait', { mode: 'duration', duration: { amount: 1, unit: 'minutes' } }]], [['in', 'out', 'w'], ['w', 'out', 'w']]);
    const r = run({ journey: j, audience: people(3) }, { maxEvents: 1_000 });
    expect(r.stopped).toBe('event_budget');
    expect(Date.parse(r.finishedAt) - T0).toBeLessThan(12 * HOUR);
  });
});
