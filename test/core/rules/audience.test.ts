import { describe, expect, it } from 'vitest';
import { channel, check, contact, entry, exit, journey, only, sendTemplate, template } from './helpers';

const j = journey([entry(), sendTemplate('t', 'promo', 'fr', { '1': 'x' }), exit()], [['in', 't'], ['t', 'out']]);
const templates = [template({ name: 'promo', category: 'MARKETING' })];
const people = (n: number, overrides: Record<string, unknown> = {}) =>
  Array.from({ length: n }, (_, k) => contact({ phone: `+336123456${String(k).padStart(2, '0')}`, ...overrides }));

describe('consent rules', () => {
  it('run only with an audience', () => {
    expect(check(j, { templates })).toEqual([]);
    expect(check(j, { templates, audience: [] })).toEqual([]);
  });

  it('count contacts without WhatsApp opt-in', () => {
    const audience = [...people(2), ...people(3, { whatsappOptIn: false, marketingOptIn: false }).map((c, k) => ({ ...c, phone: `+3361111111${k}` }))];
    const [f] = only(check(j, { templates, audience }), 'consent.opt-in-missing');
    expect(f).toMatchObject({ severity: 'warning', params: { count: 3, total: 5 } });
    expect(f?.node).toBeUndefined();
  });

  it('count opted-in contacts without marketing opt-in, for marketing templates only', () => {
    const audience = [...people(2), contact({ phone: '+33699999999', marketingOptIn: false })];
    const [f] = only(check(j, { templates, audience }), 'consent.marketing-opt-in');
    expect(f).toMatchObject({ node: 't', params: { template: 'promo', count: 1, total: 3 } });
    expect(check(j, { templates: [template({ name: 'promo' })], audience })).toEqual([]);
  });
});

describe('capacity rules', () => {
  it('warn when the channel is rated RED, audience or not', () => {
    const [f] = check(j, { templates, channels: [channel({ quality: 'RED' })] });
    expect(f).toMatchObject({ rule: 'capacity.quality-red', severity: 'warning', params: { channel: 'ch' } });
  });

  it('compare the opted-in unique contacts with the messaging limit', () => {
    const channels = [channel({ messagingLimit: 3 })];
    expect(check(j, { templates, channels, audience: people(3) })).toEqual([]);
    expect(only(check(j, { templates, channels, audience: people(4) }), 'capacity.messaging-limit')[0]?.params).toEqual({ channel: 'ch', count: 4, limit: 3 });
    const withoutOptIn = [...people(3), contact({ phone: '+33699999999', whatsappOptIn: false })];
    expect(only(check(j, { templates, channels, audience: withoutOptIn }), 'capacity.messaging-limit')).toEqual([]);
    expect(check(j, { templates, channels: [channel({ messagingLimit: null })], audience: people(40) })).toEqual([]);
  });
});
