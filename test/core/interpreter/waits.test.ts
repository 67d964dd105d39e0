import { describe, expect, it } from 'vitest';
import { DAY, HOUR, journey, Runner, T0 } from './build';

const wait = (data: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  journey([['in', 'entry'], ['w', 'wait', data], ['end', 'exit']], [['in', 'out', 'w'], ['w', 'out', 'end']], extra);

describe('wait', () => {
  it('duration: wakes after the duration, then moves on', () => {
    const r = Runner.of(wait({ mode: 'duration', duration: { amount: 2, unit: 'hours' } }));
    expect(r.send({ type: 'entered' }).at(-1)).toEqual({ type: 'wake', at: T0 + 2 * HOUR, token: 1 });
    expect(r.wake()).toEqual([{ type: 'visit', node: 'end', edge: 'e1' }, { type: 'exit', node: 'end', reason: 'completed' }]);
  });

  it('until: wakes at the date, or goes on at once when it is past', () => {
    const at = '2026-02-01T09:00:00Z';
    expect(Runner.of(wait({ mode: 'until', at })).send({ type: 'entered' }).at(-1)).toEqual({ type: 'wake', at: Date.parse(at), token: 1 });
    const past = Runner.of(wait({ mode: 'until', at: '2020-01-01T00:00:00Z' }));
    expect(past.send({ type: 'entered' }).at(-1)).toEqual({ type: 'exit', node: 'end', reason: 'completed' });
  });

  it('time_of_day: the next occurrence in the journey time zone, today or tomorrow', () => {
    const paris = { timezone: 'Europe/Paris' };
    // T0 is 11:00 in Paris: 09:00 is tomorrow (08:00 UTC), 15:30 is today (14:30 UTC).
    expect(Runner.of(wait({ mode: 'time_of_day', time: '09:00' }, paris)).send({ type: 'entered' }).at(-1)).toMatchObject({ at: Date.UTC(2026, 0, 6, 8, 0) });
    expect(Runner.of(wait({ mode: 'time_of_day', time: '15:30' }, paris)).send({ type: 'entered' }).at(-1)).toMatchObject({ at: Date.UTC(2026, 0, 5, 14, 30) });
    // Summer time: 09:00 in Paris is 07:00 UTC.
    const summer = Runner.of(wait({ mode: 'time_of_day', time: '09:00' }, paris));
    expect(summer.send({ type: 'entered' }, Date.UTC(2026, 6, 1, 12)).at(-1)).toMatchObject({ at: Date.UTC(2026, 6, 2, 7, 0) });
  });

  it('ignores a stale timer token', () => {
    const r = Runner.of(wait({ mode: 'duration', duration: { amount: 1, unit: 'hours' } }));
    r.send({ type: 'entered' });
    expect(r.send({ type: 'timer', token: 99 }, T0 + HOUR)).toEqual([]);
    expect(r.state.phase).toBe('waiting');
  });
});

describe('wait_for_reply', () => {
  const wfr = (match?: Record<string, unknown>) =>
    journey(
      [['in', 'entry'], ['w', 'wait_for_reply', { timeout: { amount: 1, unit: 'days' }, ...(match ? { match } : {}) }], ['yes', 'exit'], ['late', 'exit']],
      [['in', 'out', 'w'], ['w', 'replied', 'yes'], ['w', 'timeout', 'late']],
    );

  it('any inbound message matches without a match setting', () => {
    const r = Runner.of(wfr());
    r.send({ type: 'entered' });
    r.send({ type: 'inbound', text: 'hello' }, T0 + HOUR);
    expect(r.visited()).toEqual(['yes']);
    expect(r.state.serviceWindowUntil).toBe(T0 + HOUR + DAY);
  });

  it('keywords match whole replies or words, ignoring case and accents', () => {
    const r = Runner.of(wfr({ keywords: ['OUI', 'Déjà'] }));
    r.send({ type: 'entered' });
    r.send({ type: 'inbound', text: 'non' }, T0 + 1);
    expect(r.state.phase).toBe('awaiting_reply');
    r.send({ type: 'inbound', text: ' deja !' }, T0 + 2);
    expect(r.visited()).toEqual(['yes']);
    const words = Runner.of(wfr({ keywords: ['OUI'] }));
    words.send({ type: 'entered' });
    words.send({ type: 'inbound', text: 'Oui merci' }, T0 + 2);
    expect(words.visited()).toEqual(['yes']);
  });

  it('buttons match the payload of a button reply only', () => {
    const r = Runner.of(wfr({ buttons: ['yes'] }));
    r.send({ type: 'entered' });
    r.send({ type: 'inbound', text: 'yes' }, T0 + 1);
    expect(r.state.phase).toBe('awaiting_reply');
    r.send({ type: 'inbound', button: 'yes' }, T0 + 2);
    expect(r.visited()).toEqual(['yes']);
  });

  it('times out by the timeout handle, and a reply cancels the timer', () => {
    const r = Runner.of(wfr());
    r.send({ type: 'entered' });
    expect(r.state.wakeAt).toBe(T0 + DAY);
    r.wake();
    expect(r.visited()).toEqual(['late']);

    const replied = Runner.of(wfr());
    replied.send({ type: 'entered' });
    const token = replied.state.timer;
    replied.send({ type: 'inbound', text: 'x' }, T0 + 1);
    expect(replied.send({ type: 'timer', token }, T0 + DAY)).toEqual([]);
  });

  it('a reply marks the message it answers as replied (and clicked for a button)', () => {
    const j = journey([['in', 'entry'], ['s', 'whatsapp_session', { message: { kind: 'buttons', text: '?', buttons: [{ id: 'yes', title: 'Oui' }] } }], ['w', 'wait_for_reply', { timeout: { amount: 1, unit: 'days' } }]], [['in', 'out', 's'], ['s', 'out', 'w']]);
    const r = Runner.of(j);
    r.send({ type: 'entered' });
    r.send({ type: 'accepted', node: 's' });
    r.send({ type: 'inbound', button: 'yes', node: 's' }, T0 + 1);
    expect(r.state.messages.s).toMatchObject({ sent: true, replied: true, clicked: true, button: 'yes' });
  });
});
