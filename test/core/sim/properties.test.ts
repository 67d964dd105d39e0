import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outputHandles } from '../../../core/journey/handles';
import { Journey, type JourneyNode } from '../../../core/journey';
import type { Contact } from '../../../core/journey/contact';
import type { SimulationResult } from '../../../core/sim';
import type { Template } from '../../../core/whatsapp/template';
import { DAY, people, run, template, T0, world } from './build';

const templates: Template[] = [
  template('mkt', 'MARKETING', { components: { body: { text: 'x {{1}}' }, buttons: [{ type: 'QUICK_REPLY', text: 'Oui' }, { type: 'QUICK_REPLY', text: 'Stop promos' }] } }),
  template('util', 'UTILITY', { components: { body: { text: 'y {{1}}' } } }),
  template('paused', 'MARKETING', { status: 'PAUSED' }),
];
const CATEGORY: Record<string, string> = { mkt: 'MARKETING', util: 'UTILITY', paused: 'MARKETING' };

const nodeData = fc.oneof(
  fc.record({ type: fc.constant('whatsapp_template' as const), data: fc.record({ template: fc.constantFrom('mkt', 'util', 'paused', 'missing'), language: fc.constant('fr'), parameters: fc.constant({ '1': '{{contact.first_name}}' }) }) }),
  fc.record({ type: fc.constant('whatsapp_session' as const), data: fc.constantFrom({ message: { kind: 'text', text: 'x' } }, { message: { kind: 'buttons', text: 'y', buttons: [{ id: 'Oui', title: 'Oui' }] } }) }),
  fc.record({ type: fc.constant('wait' as const), data: fc.oneof(fc.integer({ min: 1, max: 48 }).map((amount) => ({ mode: 'duration', duration: { amount, unit: 'hours' } })), fc.constant({ mode: 'time_of_day', time: '09:30' })) }),
  fc.record({ type: fc.constant('wait_for_reply' as const), data: fc.record({ timeout: fc.integer({ min: 1, max: 30 }).map((amount) => ({ amount, unit: 'hours' })), match: fc.constantFrom(undefined, { keywords: ['OUI'] }, { buttons: ['Oui'] }) }, { requiredKeys: ['timeout'] }) }),
  fc.record({ type: fc.constant('split_engagement' as const), data: fc.record({ message: fc.constantFrom('n1', 'n2', 'n3'), metric: fc.constantFrom('delivered', 'read', 'replied', 'clicked') }) }),
  fc.record({ type: fc.constant('split_attribute' as const), data: fc.constant({ branches: [{ id: 'paris', when: [{ attribute: 'city', op: 'eq', value: 'Paris' }] }] }) }),
  fc.record({ type: fc.constant('split_random' as const), data: fc.constant({ branches: [{ id: 'a', percent: 50 }, { id: 'b', percent: 50 }] }) }),
  fc.record({ type: fc.constant('update_contact' as const), data: fc.constantFrom({ set: { city: 'Paris' } }, { consent: 'opt_out' }, { consent: 'opt_in' }) }),
  fc.record({ type: fc.constant('exit' as const), data: fc.constant({}) }),
);

/** Journeys of 2 to 8 nodes; any handle may go anywhere (cycles included) or stay unconnected. */
const arbJourney = fc.array(nodeData, { minLength: 1, maxLength: 7 }).chain((rest) => {
  const nodes = [{ id: 'n0', type: 'entry', data: { source: 'audience' } }, ...rest.map((n, i) => ({ id: `n${i + 1}`, ...n }))] as JourneyNode[];
  const handles = nodes.flatMap((node) => outputHandles(Journey.shape.nodes.element.parse(node)).map((handle) => [node.id, handle] as const));
  return fc.array(fc.integer({ min: 0, max: nodes.length }), { minLength: handles.length, maxLength: handles.length }).map((targets) =>
    Journey.parse({
      id: 'p',
      name: 'property',
      timezone: 'Europe/Paris',
      quietHours: { start: '22:00', end: '07:00' },
      nodes,
      edges: handles.flatMap(([source, sourceHandle], k) => (targets[k] === nodes.length ? [] : [{ id: `e${k}`, source, sourceHandle, target: `n${targets[k]}` }])),
    }),
  );
});

const rate = fc.constantFrom(0, 0.5, 1);
const arbWorld = fc.record({ deliveryRate: rate, readRate: rate, replyRate: rate, clickRate: rate, optOutRate: rate, blockRate: fc.constantFrom(0, 0.5), marketingCapRate: rate });
const arbAudience = fc.array(fc.record({ whatsappOptIn: fc.boolean(), marketingOptIn: fc.boolean(), inbound: fc.boolean(), us: fc.boolean() }), { minLength: 1, maxLength: 25 }).map((rows) =>
  people(rows.length, (i) => {
    const row = rows[i] as (typeof rows)[number];
    return {
      whatsappOptIn: row.whatsappOptIn,
      marketingOptIn: row.marketingOptIn,
      ...(row.inbound ? { lastInboundAt: new Date(T0 - 3_600_000).toISOString() } : {}),
      ...(row.us ? { phone: `+1202555${String(1000 + i)}`, country: 'US' } : {}),
    };
  }),
);

function play(journey: Journey, audience: Contact[], w: ReturnType<typeof world>, seed: number): SimulationResult {
  return run({ journey, templates, audience, world: w, seed }, { trace: audience.map((_, i) => i), horizonMs: 10 * DAY, maxEvents: 20_000 });
}

const property = (check: (journey: Journey, audience: Contact[], r: SimulationResult) => void) =>
  fc.assert(
    fc.property(arbJourney, arbAudience, arbWorld, fc.integer({ min: 0, max: 2 ** 31 }), (journey, audience, rates, seed) => {
      check(journey, audience, play(journey, audience, world(rates), seed));
    }),
    { numRuns: 150 },
  );

/** 150 simulations each: seconds on a quiet machine, far more when the machine is shared. */
const SLOW = 60_000;

describe('simulator properties', () => {
  it('every contact that enters ends exactly once: exited, or still waiting at the horizon', () => {
    property((_journey, audience, r) => {
      let exited = 0;
      let waiting = 0;
      for (const timeline of r.timelines) {
        const exits = timeline.entries.filter((e) => e.event === 'exit').length;
        expect(exits).toBeLessThanOrEqual(1);
        if (exits === 1) exited++;
        else if (timeline.entries.some((e) => e.event === 'arrived')) waiting++;
      }
      expect(r.outcome).toEqual({ exited, waiting, notArrived: audience.length - exited - waiting });
      const atNodes = Object.values(r.nodes).reduce((sum, n) => sum + n.exited, 0);
      expect(atNodes + (r.skipped.no_whatsapp_opt_in ?? 0)).toBe(exited);
    });
  }, SLOW);

  it('never sends to a contact without consent', () => {
    property((journey, audience, r) => {
      const data = new Map(journey.nodes.map((n) => [n.id, n.data as Record<string, unknown>]));
      for (const timeline of r.timelines) {
        const who = audience[timeline.contact] as Contact;
        let whatsapp = who.whatsappOptIn;
        let marketing = who.marketingOptIn;
        for (const entry of timeline.entries) {
          const node = entry.node === undefined ? undefined : data.get(entry.node);
          if (entry.event === 'reply' && entry.detail === 'STOP') whatsapp = marketing = false;
          if (entry.event === 'reply' && entry.detail?.startsWith('Stop')) marketing = false;
          if (entry.event === 'update' && node?.consent === 'opt_out') whatsapp = marketing = false;
          if (entry.event === 'update' && node?.consent === 'opt_in') whatsapp = marketing = true;
          if (entry.event === 'failed' && entry.detail === '131050') marketing = false;
          if (entry.event === 'sent') {
            expect(whatsapp).toBe(true);
            if (CATEGORY[String(node?.template)] === 'MARKETING') expect(marketing).toBe(true);
          }
        }
      }
    });
  }, SLOW);

  it('counts are monotone: sent and failed within entered, delivered within sent, read within delivered', () => {
    property((_journey, _audience, r) => {
      for (const n of Object.values(r.nodes)) {
        expect(n.sent).toBeLessThanOrEqual(n.entered);
        expect(n.failed).toBeLessThanOrEqual(n.entered);
        expect(n.delivered).toBeLessThanOrEqual(n.sent);
        expect(n.read).toBeLessThanOrEqual(n.delivered);
      }
    });
  }, SLOW);

  it('counts links exactly: into a step, its arrivals; out of it, its arrivals less its exits and the contacts still there', () => {
    property((journey, audience, r) => {
      // A contact stopped in a loop leaves before the next step: its last link is not taken, so the balance is for loop-free runs.
      if ((r.skipped.loop ?? 0) > 0) return;
      const sum = (pick: (e: Journey['edges'][number]) => boolean) => journey.edges.filter(pick).reduce((total, e) => total + (r.edges[e.id] ?? Number.NaN), 0);
      const stillAt = new Map<string, number>();
      for (const timeline of r.timelines) {
        if (timeline.entries.some((e) => e.event === 'exit') || !timeline.entries.some((e) => e.event === 'arrived')) continue;
        const last = timeline.entries.filter((e) => e.event === 'visit').at(-1)?.node;
        if (last !== undefined) stillAt.set(last, (stillAt.get(last) ?? 0) + 1);
      }
      const entered = audience.length - r.outcome.notArrived - (r.skipped.no_whatsapp_opt_in ?? 0);
      for (const node of journey.nodes) {
        const stats = r.nodes[node.id]!;
        const arrivals = sum((e) => e.target === node.id) + (node.type === 'entry' ? entered : 0);
        expect(arrivals, `into ${node.id}`).toBe(stats.entered);
        expect(sum((e) => e.source === node.id), `out of ${node.id}`).toBe(stats.entered - stats.exited - (stillAt.get(node.id) ?? 0));
      }
    });
  }, SLOW);
});
