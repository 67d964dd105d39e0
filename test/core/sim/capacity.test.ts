import { describe, expect, it } from 'vitest';
import { DAY, HOUR, journey, people, run, T0, template } from './build';

const utility = template('u', 'UTILITY');
const send = (extra: Record<string, unknown> = {}) =>
  journey([['in', 'entry'], ['t', 'whatsapp_template', { template: 'u', language: 'fr', parameters: { '1': 'a', '2': 'b' } }]], [['in', 'out', 't']], extra);
const iso = (t: number) => new Date(t).toISOString();
const nonZero = (series: number[]) => Object.fromEntries(series.flatMap((n, hour) => (n > 0 ? [[hour, n]] : [])));

describe('the messaging limit', () => {
  it('spreads 2,500 contacts over three days at a limit of 1,000: the rest wait for room', () => {
    const r = run({ journey: send(), templates: [utility], audience: people(2_500), channel: { messagingLimit: 1_000, throughputMps: 80, quality: 'GREEN' } });
    expect(r.nodes.t).toMatchObject({ entered: 2_500, sent: 2_500, failed: 0 });
    expect(nonZero(r.series.sends)).toEqual({ 0: 1_000, 24: 1_000, 48: 500 });
    // The last send goes at T0 + 2 days + 499 slots of 12.5 ms; its delivery follows within 10 s.
    const finished = Date.parse(r.finishedAt);
    expect(finished).toBeGreaterThan(T0 + 2 * DAY + 499 * 12.5);
    expect(finished).toBeLessThanOrEqual(T0 + 2 * DAY + 499 * 12.5 + 10_000);
  });

  it('does not count messages inside the customer service window', () => {
    const audience = people(300, (i) => (i < 200 ? { lastInboundAt: iso(T0 - HOUR) } : {}));
    const r = run({ journey: send(), templates: [utility], audience, channel: { messagingLimit: 100, throughputMps: 80, quality: 'GREEN' } });
    expect(nonZero(r.series.sends)).toEqual({ 0: 300 });
  });
});

describe('throughput and the pair rate', () => {
  it('sends at most throughputMps messages a second, in order', () => {
    const r = run({ journey: send(), templates: [utility], audience: people(800) }, { trace: [0, 799] });
    const sentAt = (k: number) => r.timelines[k]?.entries.find((e) => e.event === 'sent')?.at;
    expect(sentAt(0)).toBe(iso(T0));
    expect(sentAt(1)).toBe(iso(T0 + 799 * 12.5));
  });

  it('spaces two messages to the same contact by 6 seconds', () => {
    const j = journey(
      [['in', 'entry'], ['a', 'whatsapp_template', { template: 'u', language: 'fr', parameters: { '1': 'a', '2': 'b' } }], ['b', 'whatsapp_template', { template: 'u', language: 'fr', parameters: { '1': 'a', '2': 'b' } }]],
      [['in', 'out', 'a'], ['a', 'out', 'b']],
    );
    const r = run({ journey: j, templates: [utility], audience: people(1) }, { trace: [0] });
    expect(r.timelines[0]?.entries.filter((e) => e.event === 'sent').map((e) => e.at)).toEqual([iso(T0), iso(T0 + 6_000)]);
  });
});

describe('quiet hours', () => {
  const paris = { timezone: 'Europe/Paris', quietHours: { start: '21:00', end: '08:00' } };

  it('holds sends to the end of the quiet period in the journey time zone', () => {
    const start = Date.UTC(2026, 0, 5, 21, 30); // 22:30 in Paris
    const r = run({ journey: send(paris), templates: [utility], audience: people(160), start });
    const firstHour = (Date.UTC(2026, 0, 6, 7, 0) - start) / HOUR; // 08:00 in Paris
    expect(nonZero(r.series.sends)).toEqual({ [Math.floor(firstHour)]: 160 });
    expect(r.nodes.t?.sent).toBe(160);
  });

  it('holds again a send that capacity waits pushed into quiet hours', () => {
    const start = Date.UTC(2026, 0, 5, 19, 59, 30); // 20:59:30 in Paris, at one message a second
    const r = run({ journey: send(paris), templates: [utility], audience: people(60), start, channel: { messagingLimit: null, throughputMps: 1, quality: 'GREEN' } }, { trace: [59] });
    expect(r.series.sends[0]).toBe(30);
    expect(r.nodes.t?.sent).toBe(60);
    // Held sends wait for 08:00 in Paris, then go one a second.
    const sent = Date.parse(r.timelines[0]?.entries.find((e) => e.event === 'sent')?.at ?? '');
    expect(sent).toBeGreaterThanOrEqual(Date.UTC(2026, 0, 6, 7, 0, 0));
    expect(sent).toBeLessThan(Date.UTC(2026, 0, 6, 7, 0, 30));
  });
});
