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
    expect(r.cost).toEqual({ currency: 'USD', total: (15 * rate('UTILITY')) / 1e6, byCategory: { MARKETING: 0, UTILITY: (15 * rate('UTILITY')) / 1e6, AUTHENTICATION: 0, SERVICE: 0 } });
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
});
