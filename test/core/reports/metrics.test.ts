/** Run metrics: rates, the median response time, failures by code, and the quality risk. */
import { describe, expect, it } from 'vitest';
import { compareRunToSimulation, forecastMessagingLimit, median, MetricsCollector, type ReportEvent } from '../../../core/reports';
import type { NodeStats } from '../../../core/sim';

const MIN = 60_000;
const ev = (type: ReportEvent['type'], contact: number, at: number, over: Partial<ReportEvent> = {}): ReportEvent => ({
  type,
  contact,
  phone: `+3361${contact}`,
  at,
  node: 'promo',
  ...over,
});

describe('MetricsCollector', () => {
  it('counts rates per node and in all, and a message answers once', () => {
    const m = new MetricsCollector();
    for (let c = 0; c < 4; c++) m.add(ev('sent', c, 0));
    for (let c = 0; c < 3; c++) m.add(ev('delivered', c, MIN));
    m.add(ev('read', 0, 2 * MIN));
    m.add(ev('failed', 3, MIN, { code: 131026 }));
    m.add(ev('reply', 0, 10 * MIN, { text: 'ok' }));
    m.add(ev('reply', 0, 11 * MIN, { text: 'again' }));
    m.add(ev('button', 1, 30 * MIN, { button: 'YES' }));
    const r = m.metrics();
    expect(r.total).toEqual({
      sent: 4, delivered: 3, read: 1, replied: 2, failed: 1,
      deliveryRate: 0.75, readRate: 1 / 3, replyRate: 2 / 3, medianResponseMs: 20 * MIN,
      optOuts: 0, blocks: 0, optOutRate: 0, blockRate: 0,
    });
    expect(r.nodes.promo).toEqual(r.total);
    expect(r.failuresByCode).toEqual({ '131026': 1 });
  });

  it('puts the rating at risk when blocks and opt-outs pass the thresholds', () => {
    const m = new MetricsCollector('GREEN');
    for (let c = 0; c < 200; c++) {
      m.add(ev('sent', c, 0));
      m.add(ev('delivered', c, 1));
    }
    m.add(ev('blocked', 1, 2));
    expect(m.metrics().quality).toEqual({ current: 'GREEN', projected: 'GREEN', atRisk: false });
    for (let c = 2; c < 7; c++) m.add(ev('opt_out', c, 3));
    const r = m.metrics();
    expect(r).toMatchObject({ blocks: 1, optOuts: 5, blockRate: 0.005, optOutRate: 0.025 });
    // Per message step too: every event here answers the promotion.
    expect(r.nodes.promo).toMatchObject({ blocks: 1, optOuts: 5, blockRate: 0.005, optOutRate: 0.025 });
    expect(r.quality).toEqual({ current: 'GREEN', projected: 'GREEN', atRisk: true });
    for (let c = 10; c < 16; c++) m.add(ev('blocked', c, 4));
    expect(m.metrics().quality).toEqual({ current: 'GREEN', projected: 'RED', atRisk: true });
  });

  it('median takes the middle, or the mean of the middle two', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

const stats = (over: Partial<NodeStats>): NodeStats => ({ entered: 0, sent: 0, delivered: 0, read: 0, replied: 0, clicked: 0, failed: 0, exited: 0, ...over });

describe('compareRunToSimulation', () => {
  it('sets counts side by side as shares of each audience, in journey order', () => {
    const run = { contacts: 50, nodes: { promo: stats({ entered: 50, sent: 50, delivered: 40 }), extra: stats({ entered: 1 }) } };
    const sim = { contacts: 200, nodes: { promo: stats({ entered: 200, sent: 200, delivered: 180 }) } };
    const rows = compareRunToSimulation(run, sim, ['entry', 'promo']);
    expect(rows.map((r) => `${r.node}.${r.metric}`)).toEqual(['promo.entered', 'promo.sent', 'promo.delivered', 'extra.entered']);
    expect(rows[2]).toEqual({ node: 'promo', metric: 'delivered', run: 40, simulated: 180, runShare: 0.8, simulatedShare: 0.9, shareGap: 0.8 - 0.9 });
    expect(rows[3]).toMatchObject({ run: 1, simulated: 0, simulatedShare: 0 });
  });
});

describe('forecastMessagingLimit', () => {
  it('counts the days of 24 hours the limit needs for an audience', () => {
    expect(forecastMessagingLimit(200, 1_000)).toEqual({ contacts: 200, perDay: 1_000, days: 1 });
    expect(forecastMessagingLimit(2_001, 1_000)).toEqual({ contacts: 2_001, perDay: 1_000, days: 3 });
    expect(forecastMessagingLimit(5, null)).toEqual({ contacts: 5, perDay: null, days: 1 });
    expect(forecastMessagingLimit(0, 250).days).toBe(0);
  });
});
