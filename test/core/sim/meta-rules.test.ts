import { describe, expect, it } from 'vitest';
import { DAY, HOUR, journey, people, run, T0, template, world } from './build';

const session = (text = 'Merci') =>
  journey(
    [['in', 'entry'], ['s', 'whatsapp_session', { message: { kind: 'text', text } }], ['ok', 'exit'], ['ko', 'exit']],
    [['in', 'out', 's'], ['s', 'out', 'ok'], ['s', 'failed', 'ko']],
  );
const oneTemplate = (name: string) =>
  journey(
    [['in', 'entry'], ['t', 'whatsapp_template', { template: name, language: 'fr', parameters: { '1': '{{contact.first_name}}', '2': 'x' } }], ['ok', 'exit'], ['ko', 'exit']],
    [['in', 'out', 't'], ['t', 'out', 'ok'], ['t', 'failed', 'ko']],
  );
const iso = (t: number) => new Date(t).toISOString();

describe('the customer service window', () => {
  it('fails free-form messages outside the window with 131047 and follows failed; inside, sends', () => {
    const audience = people(10, (i) => (i < 4 ? { lastInboundAt: iso(T0 - 2 * HOUR) } : i < 7 ? { lastInboundAt: iso(T0 - 25 * HOUR) } : {}));
    const r = run({ journey: session(), audience });
    expect(r.nodes.s).toMatchObject({ entered: 10, sent: 4, delivered: 4, failed: 6 });
    expect(r.errors).toEqual({ '131047': 6 });
    expect(r.nodes.ok?.exited).toBe(4);
    expect(r.nodes.ko?.exited).toBe(6);
  });

  it('a reply opens the window for the session message that follows', () => {
    const j = journey(
      [['in', 'entry'], ['t', 'whatsapp_template', { template: 'u', language: 'fr', parameters: { '1': 'a', '2': 'b' } }], ['w', 'wait_for_reply', { timeout: { amount: 1, unit: 'days' } }], ['s', 'whatsapp_session', { message: { kind: 'text', text: 'x' } }], ['late', 'whatsapp_session', { message: { kind: 'text', text: 'y' } }]],
      [['in', 'out', 't'], ['t', 'out', 'w'], ['w', 'replied', 's'], ['w', 'timeout', 'late']],
    );
    const replied = run({ journey: j, templates: [template('u', 'UTILITY')], audience: people(50), world: world({ replyRate: 1 }) });
    expect(replied.nodes.s).toMatchObject({ entered: 50, sent: 50, failed: 0 });
    expect(replied.nodes.w?.replied).toBe(50);
    const silent = run({ journey: j, templates: [template('u', 'UTILITY')], audience: people(50) });
    expect(silent.nodes.late).toMatchObject({ entered: 50, sent: 0, failed: 50 });
    expect(silent.errors).toEqual({ '131047': 50 });
  });
});

describe('consent', () => {
  it('contacts without WhatsApp opt-in never enter; marketing templates skip those without marketing opt-in', () => {
    const audience = people(100, (i) => ({ whatsappOptIn: i >= 10, marketingOptIn: i >= 30 }));
    const r = run({ journey: oneTemplate('promo'), templates: [template('promo', 'MARKETING')], audience });
    expect(r.contacts).toBe(100);
    expect(r.skipped).toEqual({ no_marketing_opt_in: 20, no_whatsapp_opt_in: 10 });
    expect(r.nodes.in?.entered).toBe(90);
    expect(r.nodes.t).toMatchObject({ entered: 90, sent: 70, exited: 20 });
  });

  it('a utility template does not need marketing opt-in', () => {
    const r = run({ journey: oneTemplate('u'), templates: [template('u', 'UTILITY')], audience: people(10, { marketingOptIn: false }) });
    expect(r.nodes.t?.sent).toBe(10);
    expect(r.skipped).toEqual({});
  });

  it('a STOP reply mid-journey stops later sends', () => {
    const j = journey(
      [['in', 'entry'], ['t1', 'whatsapp_template', { template: 'u', language: 'fr', parameters: { '1': 'a', '2': 'b' } }], ['w', 'wait', { mode: 'duration', duration: { amount: 2, unit: 'days' } }], ['t2', 'whatsapp_template', { template: 'u', language: 'fr', parameters: { '1': 'a', '2': 'b' } }]],
      [['in', 'out', 't1'], ['t1', 'out', 'w'], ['w', 'out', 't2']],
    );
    const r = run({ journey: j, templates: [template('u', 'UTILITY')], audience: people(40), world: world({ optOutRate: 1 }) }, { trace: [0] });
    expect(r.nodes.t1?.sent).toBe(40);
    expect(r.nodes.t1?.replied).toBe(40); // the STOP replies
    expect(r.nodes.t2).toMatchObject({ entered: 40, sent: 0, exited: 40 });
    expect(r.skipped).toEqual({ opted_out: 40 });
    expect(r.timelines[0]?.entries.map((e) => e.event)).toContain('reply');
  });

  it('an update_contact opt-out stops later sends', () => {
    const j = journey(
      [['in', 'entry'], ['u', 'update_contact', { consent: 'opt_out' }], ['t', 'whatsapp_template', { template: 'u', language: 'fr' }]],
      [['in', 'out', 'u'], ['u', 'out', 't']],
    );
    const r = run({ journey: j, templates: [template('u', 'UTILITY')], audience: people(5) });
    expect(r.nodes.t).toMatchObject({ entered: 5, sent: 0, exited: 5 });
    expect(r.skipped).toEqual({ opted_out: 5 });
  });
});

describe('marketing protections and template status', () => {
  it('refuses marketing templates to +1 numbers (131049) but not utility ones', () => {
    const us = people(6, (i) => ({ phone: `+1202555010${i}`, country: 'US' }));
    expect(run({ journey: oneTemplate('promo'), templates: [template('promo', 'MARKETING')], audience: us }).errors).toEqual({ '131049': 6 });
    expect(run({ journey: oneTemplate('u'), templates: [template('u', 'UTILITY')], audience: us }).nodes.t?.sent).toBe(6);
  });

  it('applies the per-user cap by marketingCapRate outside the window, except where Meta exempts the country', () => {
    const india = people(20, { country: 'IN', phone: '+919812345678' });
    const capped = run({ journey: oneTemplate('promo'), templates: [template('promo', 'MARKETING')], audience: india, world: world({ marketingCapRate: 1 }) });
    expect(capped.errors).toEqual({ '131049': 20 });
    expect(capped.nodes.ko?.exited).toBe(20);
    const france = run({ journey: oneTemplate('promo'), templates: [template('promo', 'MARKETING')], audience: people(20), world: world({ marketingCapRate: 1 }) });
    expect(france.errors).toEqual({});
    const inWindow = people(20, { country: 'IN', phone: '+919812345678', lastInboundAt: iso(T0 - HOUR) });
    expect(run({ journey: oneTemplate('promo'), templates: [template('promo', 'MARKETING')], audience: inWindow, world: world({ marketingCapRate: 1 }) }).errors).toEqual({});
  });

  it('a user who stopped marketing gives 131050 and becomes a marketing opt-out', () => {
    const j = journey(
      [['in', 'entry'], ['t1', 'whatsapp_template', { template: 'promo', language: 'fr', parameters: { '1': 'a', '2': 'b' } }], ['t2', 'whatsapp_template', { template: 'promo', language: 'fr', parameters: { '1': 'a', '2': 'b' } }]],
      [['in', 'out', 't1'], ['t1', 'failed', 't2']],
    );
    const r = run({ journey: j, templates: [template('promo', 'MARKETING')], audience: people(8), world: world({ stoppedMarketingRate: 1 }) });
    expect(r.errors).toEqual({ '131050': 8 });
    expect(r.nodes.t2).toMatchObject({ entered: 8, sent: 0, failed: 0 });
    expect(r.skipped).toEqual({ no_marketing_opt_in: 8 });
  });

  it.each([
    ['PAUSED', '132015'],
    ['DISABLED', '132016'],
    ['REJECTED', '132001'],
  ] as const)('a %s template fails with %s; PENDING plays as approved; a missing one fails with 132001', (status, code) => {
    const audience = people(3);
    expect(run({ journey: oneTemplate('u'), templates: [template('u', 'UTILITY', { status })], audience }).errors).toEqual({ [code]: 3 });
    expect(run({ journey: oneTemplate('u'), templates: [template('u', 'UTILITY', { status: 'PENDING' })], audience }).nodes.t?.sent).toBe(3);
    expect(run({ journey: oneTemplate('u'), templates: [], audience }).errors).toEqual({ '132001': 3 });
  });

  it('a parameter the contact lacks fails the send as Meta would (132000)', () => {
    const audience = people(4, (i): { attributes: Record<string, string> } => ({ attributes: i < 1 ? {} : { first_name: 'Ana' } }));
    const r = run({ journey: oneTemplate('u'), templates: [template('u', 'UTILITY')], audience });
    expect(r.errors).toEqual({ '132000': 1 });
    expect(r.nodes.t?.sent).toBe(3);
  });

  it('a contact who blocked the business gets nothing more (131026), and quality falls to RED', () => {
    const j = journey(
      [['in', 'entry'], ['t1', 'whatsapp_template', { template: 'u', language: 'fr', parameters: { '1': 'a', '2': 'b' } }], ['w', 'wait', { mode: 'duration', duration: { amount: 1, unit: 'days' } }], ['t2', 'whatsapp_template', { template: 'u', language: 'fr', parameters: { '1': 'a', '2': 'b' } }]],
      [['in', 'out', 't1'], ['t1', 'out', 'w'], ['w', 'out', 't2']],
    );
    const r = run({ journey: j, templates: [template('u', 'UTILITY')], audience: people(150), world: world({ blockRate: 1 }) });
    expect(r.nodes.t2).toMatchObject({ sent: 0, failed: 150 });
    expect(r.errors).toEqual({ '131026': 150 });
    expect(r.quality).toEqual({ delivered: 150, blocks: 150, blockRate: 1, projected: 'RED' });
    // The last send of the second day: 150 sends at 80 per second, 12.5 ms apart.
    expect(r.finishedAt).toBe(new Date(T0 + DAY + 149 * 12.5).toISOString());
  });
});
