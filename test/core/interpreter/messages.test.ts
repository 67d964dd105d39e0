import { describe, expect, it } from 'vitest';
import { contact, DAY, journey, Runner, T0, template } from './build';

const promo = template('promo', 'MARKETING');
const promoEn = template('promo', 'MARKETING', { language: 'en' });
const update = template('update', 'UTILITY');

const oneTemplate = (failed?: string) =>
  journey(
    [
      ['in', 'entry'],
      ['t', 'whatsapp_template', { template: 'promo', language: 'fr', parameters: { '1': '{{contact.first_name}}', '2': '-20%' } }],
      ['end', 'exit'],
      ...(failed ? ([[failed, 'exit']] as const) : []),
    ],
    [['in', 'out', 't'], ['t', 'out', 'end'], ...(failed ? ([['t', 'failed', failed]] as const) : [])],
  );

describe('entry', () => {
  it('never enters a contact without WhatsApp opt-in', () => {
    const r = Runner.of(oneTemplate(), [promo], contact({ whatsappOptIn: false }));
    expect(r.send({ type: 'entered' })).toEqual([{ type: 'exit', node: null, reason: 'no_whatsapp_opt_in' }]);
    expect(r.state.phase).toBe('exited');
  });

  it('ignores a second entered event', () => {
    const r = Runner.of(oneTemplate(), [promo]);
    r.send({ type: 'entered' });
    expect(r.send({ type: 'entered' })).toEqual([]);
  });

  it('an inbound_message entry opens the customer service window; an ad entry arms the free entry point', () => {
    const j = journey([['in', 'entry', { source: 'inbound_message', fromAd: true }], ['s', 'whatsapp_session', { message: { kind: 'text', text: 'hi' } }]], [['in', 'out', 's']]);
    const r = Runner.of(j);
    r.send({ type: 'entered' });
    expect(r.state.serviceWindowUntil).toBe(T0 + DAY);
    expect(r.state.adEntryAt).toBe(T0);
    r.send({ type: 'accepted', node: 's' }, T0 + 3_600_000);
    expect(r.state.freeEntryPointUntil).toBe(T0 + 3_600_000 + 3 * DAY);
    expect(r.state.serviceWindowUntil).toBe(T0 + DAY); // the free entry point does not widen the window
  });
});

describe('whatsapp_template', () => {
  it('sends the template with parameters resolved from the contact, then waits for Meta', () => {
    const r = Runner.of(oneTemplate(), [promo]);
    const effects = r.send({ type: 'entered' });
    expect(effects).toEqual([
      { type: 'visit', node: 'in' },
      { type: 'visit', node: 't', edge: 'e0' },
      { type: 'send_template', node: 't', template: 'promo', language: 'fr', category: 'MARKETING', parameters: { '1': 'Ana', '2': '-20%' } },
    ]);
    expect(r.state.phase).toBe('sending');
    r.send({ type: 'accepted', node: 't' });
    expect(r.visited()).toEqual(['end']);
    expect(r.last()).toEqual({ type: 'exit', node: 'end', reason: 'completed' });
    expect(r.state.messages.t).toMatchObject({ sent: true, delivered: false });
  });

  it("picks the translation of the contact's locale, and leaves out a parameter the contact lacks", () => {
    const r = Runner.of(oneTemplate(), [promo, promoEn], contact({ locale: 'en_GB', attributes: {} }));
    const send = r.send({ type: 'entered' }).find((e) => e.type === 'send_template');
    expect(send).toMatchObject({ language: 'en', parameters: { '2': '-20%' } });
  });

  it('names a missing template with a null category (Meta will answer 132001)', () => {
    const r = Runner.of(oneTemplate(), []);
    expect(r.send({ type: 'entered' }).at(-1)).toMatchObject({ type: 'send_template', template: 'promo', category: null });
  });

  it('follows failed on a failure, or leaves when failed is unconnected', () => {
    const withFailed = Runner.of(oneTemplate('oops'), [promo]);
    withFailed.send({ type: 'entered' });
    withFailed.send({ type: 'failed', node: 't', code: 131049 });
    expect(withFailed.visited()).toEqual(['oops']);
    expect(withFailed.state.messages.t).toMatchObject({ failed: true, code: 131049 });

    const without = Runner.of(oneTemplate(), [promo]);
    without.send({ type: 'entered' });
    expect(without.send({ type: 'failed', node: 't', code: 132015 })).toEqual([{ type: 'exit', node: 't', reason: 'end_of_path' }]);
  });

  it('records a failure reported after the contact moved on, without moving it back', () => {
    const j = journey([['in', 'entry'], ['t', 'whatsapp_template', { template: 'update', language: 'fr' }], ['w', 'wait', { mode: 'duration', duration: { amount: 1, unit: 'days' } }]], [['in', 'out', 't'], ['t', 'out', 'w']]);
    const r = Runner.of(j, [update]);
    r.send({ type: 'entered' });
    r.send({ type: 'accepted', node: 't' });
    expect(r.send({ type: 'failed', node: 't', code: 131026 }, T0 + 5000)).toEqual([]);
    expect(r.state).toMatchObject({ node: 'w', phase: 'waiting', messages: { t: { sent: true, failed: true, code: 131026 } } });
  });

  it('skips a marketing template for a contact without marketing opt-in', () => {
    const r = Runner.of(oneTemplate(), [promo], contact({ marketingOptIn: false }));
    expect(r.send({ type: 'entered' }).at(-1)).toEqual({ type: 'exit', node: 't', reason: 'no_marketing_opt_in' });
  });

  it('131050 makes the contact a marketing opt-out', () => {
    const r = Runner.of(oneTemplate(), [promo]);
    r.send({ type: 'entered' });
    r.send({ type: 'failed', node: 't', code: 131050 });
    expect(r.state.consent).toEqual({ whatsapp: true, marketing: false });
  });

  it('holds a send through quiet hours in the journey time zone', () => {
    const j = journey([['in', 'entry'], ['t', 'whatsapp_template', { template: 'update', language: 'fr' }]], [['in', 'out', 't']], {
      timezone: 'Europe/Paris',
      quietHours: { start: '21:00', end: '08:00' },
    });
    const r = Runner.of(j, [update]);
    const late = Date.UTC(2026, 0, 5, 21, 30); // 22:30 in Paris
    expect(r.send({ type: 'entered' }, late).at(-1)).toEqual({ type: 'wake', at: Date.UTC(2026, 0, 6, 7, 0), token: 1 });
    expect(r.state.phase).toBe('waiting');
    expect(r.wake()).toEqual([expect.objectContaining({ type: 'send_template', node: 't' })]);
  });
});

describe('whatsapp_session', () => {
  const j = journey([['in', 'entry'], ['s', 'whatsapp_session', { message: { kind: 'text', text: 'Merci' } }]], [['in', 'out', 's']]);

  it('hands the session message to the world (the window is Meta’s check, not the interpreter’s)', () => {
    const r = Runner.of(j);
    expect(r.send({ type: 'entered' }).at(-1)).toEqual({ type: 'send_session', node: 's', message: { kind: 'text', text: 'Merci' } });
  });

  it('an opted-out contact leaves at its next message node', () => {
    const r = Runner.of(journey([['in', 'entry'], ['w', 'wait_for_reply', { timeout: { amount: 1, unit: 'days' } }], ['s', 'whatsapp_session', { message: { kind: 'text', text: 'x' } }]], [['in', 'out', 'w'], ['w', 'replied', 's'], ['w', 'timeout', 's']]));
    r.send({ type: 'entered' });
    r.send({ type: 'inbound', text: 'Stop' }, T0 + 1000);
    expect(r.state.consent).toEqual({ whatsapp: false, marketing: false });
    expect(r.last()).toEqual({ type: 'exit', node: 's', reason: 'opted_out' });
  });
});
