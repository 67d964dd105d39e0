import { describe, expect, it } from 'vitest';
import { priceOf } from '../../../core/whatsapp/pricing';
import { HOUR, journey, people, run, T0, template, world } from './build';

const rate = (category: 'MARKETING' | 'UTILITY', country = 'FR') =>
  priceOf({ category, country, at: T0, insideServiceWindow: false, insideFreeEntryPoint: false }).amountMicros;
const send = (name: string) =>
  journey([['in', 'entry'], ['t', 'whatsapp_template', { template: name, language: 'fr', parameters: { '1': 'a', '2': 'b' } }]], [['in', 'out', 't']]);
const iso = (t: number) => new Date(t).toISOString();
const inWindow = (i: number) => (i < 10 ? { lastInboundAt: iso(T0 - HOUR) } : {});

describe('cost', () => {
  it('utility templates are free inside an open window and charged outside it', () => {
    const r = run({ journey: send('u'), templates: [template('u', 'UTILITY')], audience: people(25, inWindow) });
    const charged = (15 * rate('UTILITY')) / 1e6;
    expect(r.cost).toEqual({ currency: 'USD', total: charged, byCategory: { MARKETING: 0, UTILITY: charged, AUTHENTICATION: 0, SERVICE: 0 }, byMarket: { FR: charged } });
  });

  it('marketing templates are charged even inside the window, by market', () => {
    const audience = [...people(20, inWindow), ...people(5, { phone: '+919812345678', country: 'IN' })];
    const r = run({ journey: send('p'), templates: [template('p', 'MARKETING')], audience });
    expect(r.cost.byCategory.MARKETING).toBeCloseTo((20 * rate('MARKETING') + 5 * rate('MARKETING', 'IN')) / 1e6, 10);
  });

  it('nothing is charged for undelivered messages', () => {
    const r = run({ journey: send('p'), templates: [template('p', 'MARKETING')], audience: people(10), world: world({ deliveryRate: 0 }) });
    expect(r.nodes.t).toMatchObject({ sent: 10, delivered: 0, failed: 10 });
    expect(r.errors).toEqual({ '131026': 10 });
    expect(r.cost.total).toBe(0);
  });

  it('service messages are free', () => {
    const j = journey([['in', 'entry'], ['s', 'whatsapp_session', { message: { kind: 'text', text: 'x' } }]], [['in', 'out', 's']]);
    const r = run({ journey: j, audience: people(10, { lastInboundAt: iso(T0 - HOUR) }) });
    expect(r.nodes.s?.delivered).toBe(10);
    expect(r.cost.total).toBe(0);
  });

  it('an ad entry makes everything free for 72 hours after the business replies, without widening the window', () => {
    const j = journey(
      [
        ['in', 'entry', { source: 'inbound_message', fromAd: true }],
        ['p1', 'whatsapp_template', { template: 'p', language: 'fr', parameters: { '1': 'a', '2': 'b' } }],
        ['w', 'wait', { mode: 'duration', duration: { amount: 2, unit: 'days' } }],
        ['p2', 'whatsapp_template', { template: 'p', language: 'fr', parameters: { '1': 'a', '2': 'b' } }],
        ['s', 'whatsapp_session', { message: { kind: 'text', text: 'x' } }],
        ['w2', 'wait', { mode: 'duration', duration: { amount: 2, unit: 'days' } }],
        ['p3', 'whatsapp_template', { template: 'p', language: 'fr', parameters: { '1': 'a', '2': 'b' } }],
      ],
      [['in', 'out', 'p1'], ['p1', 'out', 'w'], ['w', 'out', 'p2'], ['p2', 'out', 's'], ['s', 'failed', 'w2'], ['w2', 'out', 'p3']],
    );
    const r = run({ journey: j, templates: [template('p', 'MARKETING')], audience: people(10) });
    expect(r.nodes.p2?.sent).toBe(10);
    expect(r.nodes.s).toMatchObject({ sent: 0, failed: 10 }); // 2 days after the ad message: the window is closed
    expect(r.errors).toEqual({ '131047': 10 });
    expect(r.nodes.p3?.delivered).toBe(10); // 4 days after: the free entry point is over
    expect(r.cost.byCategory.MARKETING).toBe((10 * rate('MARKETING')) / 1e6);
  });

  it('splits the cost by market, sorted by country, adding up to the total whatever the arrival order', () => {
    const fr = people(6); // +33 numbers, country FR: priced at the card's "other" rate
    const de = people(4, (i) => ({ phone: `+4915112345${String(600 + i)}`, country: 'DE' }));
    // No country column and a number that names none: the "unknown" market, at the default rate.
    const unknown = people(2, { phone: '+888123456789', country: undefined });
    const micros = { FR: 6 * rate('MARKETING'), DE: 4 * rate('MARKETING', 'DE'), unknown: 2 * rate('MARKETING', '') };
    expect(micros.DE).not.toBe(micros.FR); // the example card prices the two markets differently
    const [a, b] = [[...fr, ...de, ...unknown], [...unknown, ...de, ...fr]].map((audience) =>
      run({ journey: send('p'), templates: [template('p', 'MARKETING')], audience }),
    );
    expect(a?.nodes.t).toMatchObject({ delivered: 12, failed: 0 });
    expect(a?.cost.byMarket).toEqual({ DE: micros.DE / 1e6, FR: micros.FR / 1e6, unknown: micros.unknown / 1e6 });
    expect(Object.keys(a?.cost ?? {})).toEqual(['currency', 'total', 'byCategory', 'byMarket']);
    const summed = Object.values(a?.cost.byMarket ?? {}).reduce((sum, amount) => sum + Math.round(amount * 1e6), 0);
    expect(summed).toBe(Math.round((a?.cost.total ?? 0) * 1e6));
    expect(JSON.stringify(b?.cost)).toBe(JSON.stringify(a?.cost));
  });

  it('leaves out markets where nothing was charged', () => {
    const j = journey([['in', 'entry'], ['s', 'whatsapp_session', { message: { kind: 'text', text: 'x' } }]], [['in', 'out', 's']]);
    const r = run({ journey: j, audience: people(3, { lastInboundAt: iso(T0 - HOUR) }) });
    expect(r.nodes.s?.delivered).toBe(3);
    expect(r.cost.byMarket).toEqual({});
  });
});
