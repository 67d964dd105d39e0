import { describe, expect, it } from 'vitest';
import { check, entry, exit, inbound, journey, node, only, session, waitFor, waitReply, waitTime, waitUntil } from './helpers';

const windowFindings = (j: Parameters<typeof check>[0]) => only(check(j), 'session.outside-window');

describe('session.outside-window', () => {
  it('allows a free-form message right after an inbound entry', () => {
    expect(windowFindings(journey([inbound(), session('s')], [['in', 's']]))).toEqual([]);
  });

  it('reports a free-form message after an audience entry: no inbound message at all', () => {
    const [f, ...rest] = windowFindings(journey([entry(), waitFor('w', 1), session('s')], [['in', 'w'], ['w', 's']]));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ node: 's', severity: 'error', params: { path: ['in', 'w', 's'] } });
    expect(f?.params?.hours).toBeUndefined();
    expect(f?.message).toContain('131047');
  });

  it('sums consecutive waits and reports at 24 hours, not before', () => {
    const at = (hours: number) =>
      windowFindings(journey([inbound(), waitFor('a', hours - 1), waitFor('b', 60, 'minutes'), session('s')], [['in', 'a'], ['a', 'b'], ['b', 's']]));
    expect(at(23.5)).toEqual([]);
    const [f] = at(24);
    expect(f?.params).toMatchObject({ hours: 24, path: ['in', 'a', 'b', 's'] });
  });

  it('takes the worst branch at a merge and names its path', () => {
    // in -> split -> (short: 1 h | long: 2 days) -> merge -> s
    const j = journey(
      [inbound(), node('sp', 'split_random', { branches: [{ id: 'a', percent: 50 }, { id: 'b', percent: 50 }] }), waitFor('short', 1), waitFor('long', 2, 'days'), node('m', 'update_contact', { set: { seen: 'yes' } }), session('s')],
      [['in', 'sp'], ['sp', 'short', 'a'], ['sp', 'long', 'b'], ['short', 'm'], ['long', 'm'], ['m', 's']],
    );
    const [f] = windowFindings(j);
    expect(f?.params).toMatchObject({ hours: 48, path: ['in', 'sp', 'long', 'm', 's'] });
  });

  it('treats any path without an opening event as worse than any elapsed time', () => {
    // Two entries is itself an error, but the window analysis still reasons about both paths.
    const j = journey([inbound('a'), entry('b'), node('m', 'update_contact', { consent: 'opt_in' }), session('s')], [['a', 'm'], ['b', 'm'], ['m', 's']]);
    const [f] = windowFindings(j);
    expect(f?.params).toMatchObject({ path: ['b', 'm', 's'] });
    expect(f?.params?.hours).toBeUndefined();
  });

  it('reopens the window on the replied branch of a wait for reply, and adds the timeout on the other', () => {
    const j = journey(
      [entry(), node('t', 'whatsapp_template', { template: 'welcome', language: 'fr', parameters: { '1': 'x' } }), waitReply('r', 2, 'days'), session('yes'), session('late')],
      [['in', 't'], ['t', 'r'], ['r', 'yes', 'replied'], ['r', 'late', 'timeout']],
    );
    const findings = windowFindings(j);
    expect(findings.map((f) => f.node)).toEqual(['late']);
    expect(findings[0]?.params?.path).toEqual(['in', 't', 'r', 'late']);
  });

  it('counts a timeout after an inbound entry', () => {
    const j = journey([inbound(), waitReply('r', 30, 'hours'), session('s'), session('ok')], [['in', 'r'], ['r', 's', 'timeout'], ['r', 'ok', 'replied']]);
    const findings = windowFindings(j);
    expect(findings.map((f) => [f.node, f.params?.hours])).toEqual([['s', 30]]);
  });

  it('handles nested waits for reply: the path starts at the last reply', () => {
    // in -> r1 (replied) -> wait 20 h -> r2 (replied) -> wait 23 h -> s1 ; r2 timeout (6 h) -> s2
    const j = journey(
      [inbound(), waitReply('r1', 1, 'hours'), waitFor('w1', 20), waitReply('r2', 6, 'hours'), waitFor('w2', 23), session('s1'), session('s2'), exit('x')],
      [['in', 'r1'], ['r1', 'w1', 'replied'], ['r1', 'x', 'timeout'], ['w1', 'r2'], ['r2', 'w2', 'replied'], ['w2', 's1'], ['r2', 's2', 'timeout']],
    );
    const findings = windowFindings(j);
    // s1: 23 h since the reply to r2, fine. s2: 20 h + 6 h since the reply to r1.
    expect(findings.map((f) => [f.node, f.params?.hours, f.params?.path])).toEqual([['s2', 26, ['r1', 'w1', 'r2', 's2']]]);
  });

  it('says an ad entry does not widen the window beyond 24 hours', () => {
    const j = journey([inbound('in', true), waitFor('w', 30), session('s')], [['in', 'w'], ['w', 's']]);
    const [f] = windowFindings(j);
    expect(f?.params).toMatchObject({ hours: 30 });
    expect(f?.message).toContain('72');
    expect(windowFindings(journey([inbound('in', true), waitFor('w', 23), session('s')], [['in', 'w'], ['w', 's']]))).toEqual([]);
  });

  it('counts a time_of_day wait as up to 24 hours', () => {
    const [f] = windowFindings(journey([inbound(), waitTime('w'), session('s')], [['in', 'w'], ['w', 's']]));
    expect(f?.params).toMatchObject({ hours: 24 });
  });

  it('counts an until wait as unbounded', () => {
    const [f] = windowFindings(journey([inbound(), waitUntil('w'), session('s')], [['in', 'w'], ['w', 's']]));
    expect(f?.params).toMatchObject({ unbounded: true, path: ['in', 'w', 's'] });
    expect(f?.params?.hours).toBeUndefined();
  });

  it('lets a message on the failed output of a step inherit its state', () => {
    const j = journey([inbound(), session('s1'), waitFor('w', 25), session('s2')], [['in', 's1'], ['s1', 'w', 'failed'], ['w', 's2']]);
    expect(windowFindings(j).map((f) => f.node)).toEqual(['s2']);
  });

  it('skips the analysis when a reachable cycle makes paths endless, and reports the cycle', () => {
    const j = journey([entry(), waitFor('a', 1), session('s')], [['in', 'a'], ['a', 's'], ['s', 'a']]);
    const findings = check(j);
    expect(only(findings, 'session.outside-window')).toEqual([]);
    expect(only(findings, 'structure.cycle')).toHaveLength(1);
  });

  it('still analyses the reachable part when the only cycle is unreachable', () => {
    const j = journey([entry(), session('s'), waitFor('a', 1), waitFor('b', 1)], [['in', 's'], ['a', 'b'], ['b', 'a']]);
    const findings = check(j);
    expect(only(findings, 'session.outside-window').map((f) => f.node)).toEqual(['s']);
    expect(only(findings, 'structure.cycle')).toHaveLength(1);
  });

  it('shortens a long route in the message but keeps the full path', () => {
    const waits = Array.from({ length: 30 }, (_, k) => waitFor(`w${k}`, 1));
    const edges: [string, string][] = [['in', 'w0'], ...waits.slice(1).map((w, k): [string, string] => [`w${k}`, w.id]), ['w29', 's']];
    const [f] = windowFindings(journey([inbound(), ...waits, session('s')], edges));
    expect(f?.params?.path).toHaveLength(32);
    expect(f?.message).toContain('…');
    expect(f?.params?.hours).toBe(30);
  });

  it('writes French', () => {
    const [f] = only(check(journey([inbound(), waitFor('w', 25), session('s')], [['in', 'w'], ['w', 's']]), { language: 'fr' }), 'session.outside-window');
    expect(f?.message).toContain('25 h');
    expect(f?.message).toContain('fenêtre');
  });
});
