/**
 * A run's series over time and cost from its journal events. Expected amounts are read from
 * the example pricing card here (rate × delivered messages), never from the report itself.
 */
import { describe, expect, it } from 'vitest';
import type { ContactEvent } from '../../../core/interpreter';
import type { Contact } from '../../../core/journey/contact';
import { compareCost, compareSeries, reportOfRunEvents, HOUR_BUCKET_MS, MAX_SERIES_BUCKETS } from '../../../core/reports';
import { EXAMPLE_PRICING_CARD } from '../../../core/whatsapp/pricing';
import { sampleInput, sampleTemplates } from './sample';

const journey = sampleInput().journey;
const MIN = 60_000;
const HOUR = 60 * MIN;
const START = Date.UTC(2026, 0, 5, 9, 0);
const card = EXAMPLE_PRICING_CARD;

const contact = (phone: string, more: Partial<Contact> = {}): Contact => ({ phone, whatsappOptIn: true, marketingOptIn: true, attributes: {}, ...more });
type Rec = { c: number; t: number; e: ContactEvent };
const ev = (c: number, minutes: number, e: ContactEvent): Rec => ({ c, t: START + minutes * MIN, e });

function report(records: Rec[], contacts: Contact[], over: { journey?: typeof journey } = {}) {
  return reportOfRunEvents(records, {
    channel: '+33700000001',
    journey: over.journey ?? journey,
    templates: sampleTemplates,
    contactOf: (c) => contacts[c],
    start: START,
  });
}

describe('the cost of a run', () => {
  const contacts = [
    contact('+4915112345678'), // Germany, by its number
    contact('+12025550123'), // United States
    contact('+33612345678', { country: 'FR' }), // France: not on the card, Meta's "Other" rate
    contact('+4915199999999'), // its message fails
    contact('+12025550199'), // taken by Meta, never delivered
  ];
  const records: Rec[] = [
    ...contacts.map((_, c) => ev(c, 0, { type: 'entered' })),
    ...[0, 1, 2, 4].map((c) => ev(c, 1, { type: 'accepted', node: 'promo' })),
    ev(3, 1, { type: 'failed', node: 'promo', code: 131026 }),
    ev(0, 2, { type: 'delivered', node: 'promo' }),
    ev(0, 3, { type: 'delivered', node: 'promo' }), // a duplicate webhook
    ev(0, 4, { type: 'read', node: 'promo' }),
    ev(1, 2, { type: 'delivered', node: 'promo' }),
    ev(2, 5, { type: 'read', node: 'promo' }), // `read` with no `delivered` before it: delivered all the same
    // Contact 1 answers: the session reply inside the window it opens is a free service message.
    ev(1, 10, { type: 'inbound', button: 'Yes, tell me more', node: 'promo' }),
    ev(1, 11, { type: 'accepted', node: 'reply-en' }),
    ev(1, 12, { type: 'delivered', node: 'reply-en' }),
  ];

  it('charges each delivered marketing template once, at its market’s rate, and nothing else', () => {
    const { cost } = report(records, contacts);
    const de = card.markets.DE!.MARKETING;
    const us = card.markets.US!.MARKETING;
    const other = card.other.MARKETING;
    expect(cost.currency).toBe('USD');
    expect(cost.byCategory.MARKETING).toBeCloseTo(de + us + other, 10);
    expect(cost.byCategory.SERVICE).toBe(0);
    expect(cost.byCategory.UTILITY).toBe(0);
    expect(cost.total).toBeCloseTo(de + us + other, 10);
    // Markets are the contacts' countries (FR, not the card's OTHER), as the simulator keys them.
    expect(Object.keys(cost.byMarket)).toEqual(['DE', 'FR', 'US']);
    expect(cost.byMarket.DE).toBeCloseTo(de, 10);
    expect(cost.byMarket.FR).toBeCloseTo(other, 10);
    expect(cost.byMarket.US).toBeCloseTo(us, 10);
    // Per message node: the promotion paid it all, the free session reply nothing.
    expect(Object.keys(cost.byNode)).toEqual(['promo']);
    expect(cost.byNode.promo).toBeCloseTo(de + us + other, 10);
  });

  it('leaves a utility template free inside the customer service window and charges it outside', () => {
    const utility = { ...journey, nodes: journey.nodes.map((n) => (n.id === 'promo' ? { ...n, data: { ...n.data, template: 'order_update' } } : n)) } as typeof journey;
    const people = [contact('+4915112345678', { lastInboundAt: new Date(START - HOUR).toISOString() }), contact('+4915112345679')];
    const { cost } = report(
      [0, 1].flatMap((c) => [ev(c, 0, { type: 'accepted', node: 'promo' }), ev(c, 1, { type: 'delivered', node: 'promo' })]),
      people,
      { journey: utility },
    );
    expect(cost.byCategory.UTILITY).toBeCloseTo(card.markets.DE!.UTILITY, 10);
    expect(cost.total).toBeCloseTo(card.markets.DE!.UTILITY, 10);
  });

  it('makes a marketing template free in a free entry point after an ad', () => {
    const fromAd = {
      ...journey,
      nodes: journey.nodes.map((n) => (n.type === 'entry' ? { ...n, data: { source: 'inbound_message', fromAd: true } } : n)),
    } as typeof journey;
    const people = [contact('+4915112345678'), contact('+4915112345679')];
    const { cost } = report(
      [
        ev(0, 0, { type: 'entered' }),
        ev(0, 60, { type: 'accepted', node: 'promo' }),
        ev(0, 61, { type: 'delivered', node: 'promo' }),
        // The second contact's reply comes 25 hours after the ad: too late for the free entry point.
        ev(1, 0, { type: 'entered' }),
        ev(1, 25 * 60, { type: 'accepted', node: 'promo' }),
        ev(1, 25 * 60 + 1, { type: 'delivered', node: 'promo' }),
      ],
      people,
      { journey: fromAd },
    );
    expect(cost.byCategory.MARKETING).toBeCloseTo(card.markets.DE!.MARKETING, 10);
  });
});

describe('the series of a run', () => {
  const people = [contact('+4915112345678'), contact('+4915112345679')];

  /** The non-zero buckets of a series, as index: count. */
  const nonZero = (counts: number[]) => Object.fromEntries(counts.flatMap((n, i) => (n > 0 ? [[i, n]] : [])));

  it('counts sends, deliveries, reads and first answers in 5-second buckets for a run of three minutes', () => {
    const { series } = report(
      [
        ev(0, 0, { type: 'accepted', node: 'promo' }),
        ev(1, 0.5, { type: 'accepted', node: 'promo' }),
        ev(0, 1, { type: 'delivered', node: 'promo' }),
        ev(1, 1.2, { type: 'read', node: 'promo' }), // brings its delivered
        ev(0, 3, { type: 'inbound', text: 'Oui', node: 'promo' }),
        ev(0, 3.5, { type: 'inbound', text: 'encore', node: 'promo' }), // a second answer is no new reply
      ],
      people,
    );
    // The last counted event is at 3 minutes (the second answer counts nothing): 181 one-second
    // buckets are over the limit, 5-second ones give 37.
    expect(series.start).toBe(new Date(START).toISOString());
    expect(series.bucketMs).toBe(5_000);
    expect(series.sends).toHaveLength(37);
    expect(nonZero(series.sends)).toEqual({ 0: 1, 6: 1 });
    expect(nonZero(series.deliveries)).toEqual({ 12: 1, 14: 1 });
    expect(nonZero(series.reads)).toEqual({ 14: 1 });
    expect(nonZero(series.replies)).toEqual({ 36: 1 });
  });

  it('counts per second (the webhooks’ resolution) for a sandbox run of seconds', () => {
    const at = (c: number, seconds: number, e: ContactEvent): Rec => ({ c, t: START + seconds * 1_000, e });
    const { series } = report([at(0, 0.2, { type: 'accepted', node: 'promo' }), at(1, 2.5, { type: 'accepted', node: 'promo' }), at(0, 3, { type: 'delivered', node: 'promo' })], people);
    expect(series).toMatchObject({ bucketMs: 1_000, sends: [1, 0, 1, 0], deliveries: [0, 0, 0, 1], reads: [0, 0, 0, 0], replies: [0, 0, 0, 0] });
  });

  it('takes hourly buckets like the simulator for a run of days, keeping every count', () => {
    const days = 9;
    const records = [ev(0, 0, { type: 'accepted', node: 'promo' }), ev(0, days * 24 * 60 + 30, { type: 'delivered', node: 'promo' })];
    const { series } = report(records, people);
    expect(series.bucketMs).toBe(HOUR_BUCKET_MS);
    expect(series.deliveries).toHaveLength(days * 24 + 1);
    expect(series.deliveries[days * 24]).toBe(1);
    expect(series.sends.reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('merges minutes into the smallest bucket that keeps the chart short', () => {
    // Six hours: 360 minutes is over the limit, 5-minute buckets give 72.
    const records = [ev(0, 0, { type: 'accepted', node: 'promo' }), ev(0, 6 * 60 - 1, { type: 'delivered', node: 'promo' })];
    const { series } = report(records, people);
    expect(series.bucketMs).toBe(5 * MIN);
    expect(series.deliveries.length).toBeLessThanOrEqual(MAX_SERIES_BUCKETS);
    expect(series.deliveries.at(-1)).toBe(1);
    expect(series.sends[0]).toBe(1);
  });
});

describe('a run against its simulation: cost and series', () => {
  it('compares the cost in all, per category and per audience contact', () => {
    const rows = compareCost(
      { contacts: 200, cost: { total: 3, byCategory: { MARKETING: 2, UTILITY: 1, SERVICE: 0 } } },
      { contacts: 400, cost: { total: 8, byCategory: { MARKETING: 8, UTILITY: 0, SERVICE: 0 } } },
    );
    expect(rows).toEqual([
      { category: 'total', run: 3, simulated: 8, runPerContact: 3 / 200, simulatedPerContact: 8 / 400 },
      { category: 'MARKETING', run: 2, simulated: 8, runPerContact: 2 / 200, simulatedPerContact: 8 / 400 },
      { category: 'UTILITY', run: 1, simulated: 0, runPerContact: 1 / 200, simulatedPerContact: 0 },
    ]);
    expect(compareCost({ contacts: 0, cost: { total: 0, byCategory: {} } }, { contacts: 1, cost: { total: 1, byCategory: {} } })[0]!.runPerContact).toBeNull();
  });

  it('puts both running shares on one time since the start, each side holding its last share after its end', () => {
    // The run counts per minute over 3 minutes; the simulation per hour over 2 hours.
    const points = compareSeries(
      { contacts: 10, bucketMs: MIN, sends: [4, 4, 2], replies: [0, 1, 1] },
      { contacts: 100, bucketMs: HOUR, sends: [50, 30], replies: [10, 20] },
    );
    expect(points.map((p) => p.elapsedMs)).toEqual([0, MIN, 2 * MIN, HOUR]);
    expect(points[0]).toEqual({ elapsedMs: 0, runSends: 0.4, simulatedSends: 0.5, runReplies: 0, simulatedReplies: 0.1 });
    expect(points[2]).toMatchObject({ runSends: 1, simulatedSends: 0.5, runReplies: 0.2 });
    expect(points[3]).toEqual({ elapsedMs: HOUR, runSends: 1, simulatedSends: 0.8, runReplies: 0.2, simulatedReplies: 0.3 });
  });
});
