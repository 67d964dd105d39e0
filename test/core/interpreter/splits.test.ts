import { describe, expect, it } from 'vitest';
import { contact, journey, Runner, T0, template } from './build';

describe('split_engagement', () => {
  const j = (metric: string, button?: string) =>
    journey(
      [
        ['in', 'entry'],
        ['t', 'whatsapp_template', { template: 'promo', language: 'fr', parameters: { '1': 'a', '2': 'b' } }],
        ['w', 'wait', { mode: 'duration', duration: { amount: 1, unit: 'days' } }],
        ['s', 'split_engagement', { message: 't', metric, ...(button ? { button } : {}) }],
        ['yes', 'exit'],
        ['no', 'exit'],
      ],
      [['in', 'out', 't'], ['t', 'out', 'w'], ['w', 'out', 's'], ['s', 'yes', 'yes'], ['s', 'no', 'no']],
    );
  const promo = template('promo', 'MARKETING', { components: { body: { text: 'x {{1}} {{2}}' }, buttons: [{ type: 'QUICK_REPLY', text: 'Oui' }, { type: 'QUICK_REPLY', text: 'Non' }] } });

  it('evaluates on arrival, with the statuses known so far', () => {
    const read = Runner.of(j('read'), [promo]);
    read.send({ type: 'entered' });
    read.send({ type: 'accepted', node: 't' });
    read.send({ type: 'read', node: 't' }, T0 + 60_000);
    read.wake();
    expect(read.visited()).toEqual(['s', 'yes']);

    const late = Runner.of(j('read'), [promo]);
    late.send({ type: 'entered' });
    late.send({ type: 'accepted', node: 't' });
    late.wake(); // arrives before the read status: "no", and the later read changes nothing
    expect(late.visited()).toEqual(['s', 'no']);
  });

  it('read implies delivered; a button narrows replied or clicked to that button', () => {
    const delivered = Runner.of(j('delivered'), [promo]);
    delivered.send({ type: 'entered' });
    delivered.send({ type: 'accepted', node: 't' });
    delivered.send({ type: 'read', node: 't' }, T0 + 1);
    delivered.wake();
    expect(delivered.visited()).toEqual(['s', 'yes']);

    for (const [tap, branch] of [['Oui', 'yes'], ['Non', 'no']] as const) {
      const r = Runner.of(j('replied', 'Oui'), [promo]);
      r.send({ type: 'entered' });
      r.send({ type: 'accepted', node: 't' });
      r.send({ type: 'inbound', button: tap, node: 't' }, T0 + 1);
      r.wake();
      expect(r.visited()).toEqual(['s', branch]);
    }
  });
});

describe('split_attribute', () => {
  const j = (when: Record<string, unknown>[]) =>
    journey(
      [['in', 'entry'], ['s', 'split_attribute', { branches: [{ id: 'b', when }, { id: 'c', when: [{ attribute: 'city', op: 'exists' }] }] }], ['b', 'exit'], ['c', 'exit'], ['else', 'exit']],
      [['in', 'out', 's'], ['s', 'b', 'b'], ['s', 'c', 'c'], ['s', 'else', 'else']],
    );
  const branch = (when: Record<string, unknown>[], attributes: Record<string, string>) => {
    const r = Runner.of(j(when), [], contact({ attributes }));
    r.send({ type: 'entered' });
    return r.visited()[2];
  };

  it.each([
    [{ attribute: 'city', op: 'eq', value: 'Paris' }, { city: 'Paris' }, 'b'],
    [{ attribute: 'city', op: 'eq', value: 'Paris' }, { city: 'Lyon' }, 'c'],
    [{ attribute: 'city', op: 'neq', value: 'Paris' }, { city: 'Lyon' }, 'b'],
    [{ attribute: 'city', op: 'in', value: ['Lyon', 'Nice'] }, { city: 'Nice' }, 'b'],
    [{ attribute: 'city', op: 'contains', value: 'ari' }, { city: 'PARIS' }, 'b'],
    [{ attribute: 'orders', op: 'gt', value: 3 }, { orders: '10' }, 'b'],
    [{ attribute: 'orders', op: 'lt', value: 3 }, { orders: '10' }, 'else'],
    [{ attribute: 'since', op: 'lt', value: '2025-06-01' }, { since: '2025-01-15' }, 'b'],
    [{ attribute: 'vip', op: 'exists' }, { vip: 'yes' }, 'b'],
    [{ attribute: 'vip', op: 'bogus' }, { vip: 'yes' }, 'else'],
  ])('%j on %j goes to %s (first matching branch wins, else)', (condition, attributes, expected) => {
    expect(branch([condition], attributes)).toBe(expected);
  });

  it('an empty branch never matches', () => {
    expect(branch([], { city: 'x' })).toBe('c');
  });
});

describe('split_random', () => {
  it('draws from ctx.random in proportion to the percentages', () => {
    const j = journey(
      [['in', 'entry'], ['r', 'split_random', { branches: [{ id: 'a', percent: 30 }, { id: 'b', percent: 70 }] }], ['a', 'exit'], ['b', 'exit']],
      [['in', 'out', 'r'], ['r', 'a', 'a'], ['r', 'b', 'b']],
    );
    const pick = (draw: number) => {
      const r = Runner.of(j, [], undefined, [draw]);
      r.send({ type: 'entered' });
      return r.visited()[2];
    };
    expect([pick(0), pick(0.29), pick(0.3), pick(0.99)]).toEqual(['a', 'a', 'b', 'b']);
  });
});

describe('update_contact and exit', () => {
  it('sets attributes later nodes read, and opts the contact out', () => {
    const j = journey(
      [
        ['in', 'entry'],
        ['u', 'update_contact', { set: { segment: 'vip' }, consent: 'opt_out' }],
        ['s', 'split_attribute', { branches: [{ id: 'vip', when: [{ attribute: 'segment', op: 'eq', value: 'vip' }] }] }],
        ['t', 'whatsapp_session', { message: { kind: 'text', text: 'x' } }],
        ['end', 'exit'],
      ],
      [['in', 'out', 'u'], ['u', 'out', 's'], ['s', 'vip', 't'], ['s', 'else', 'end']],
    );
    const r = Runner.of(j);
    expect(r.send({ type: 'entered' })).toEqual([
      { type: 'visit', node: 'in' },
      { type: 'visit', node: 'u', edge: 'e0' },
      { type: 'update_contact', node: 'u', set: { segment: 'vip' }, consent: 'opt_out' },
      { type: 'visit', node: 's', edge: 'e1' },
      { type: 'visit', node: 't', edge: 'e2' },
      { type: 'exit', node: 't', reason: 'opted_out' },
    ]);
    expect(r.state.attributes).toEqual({ segment: 'vip' });
  });

  it('an unconnected out means the contact leaves at that node', () => {
    const r = Runner.of(journey([['in', 'entry'], ['u', 'update_contact', {}]], [['in', 'out', 'u']]));
    expect(r.send({ type: 'entered' }).at(-1)).toEqual({ type: 'exit', node: 'u', reason: 'end_of_path' });
  });

  it('a loop that never waits ends with reason loop instead of spinning', () => {
    const j = journey([['in', 'entry'], ['a', 'update_contact', {}], ['b', 'update_contact', {}]], [['in', 'out', 'a'], ['a', 'out', 'b'], ['b', 'out', 'a']]);
    const r = Runner.of(j);
    expect(r.send({ type: 'entered' }).at(-1)).toMatchObject({ type: 'exit', reason: 'loop' });
  });
});
