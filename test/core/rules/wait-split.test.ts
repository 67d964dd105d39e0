import { describe, expect, it } from 'vitest';
import { check, entry, exit, inbound, journey, node, only, sendTemplate, session, template, waitFor, waitReply, waitTime, waitUntil } from './helpers';

const alone = (n: ReturnType<typeof node>) => journey([entry(), n, exit()], [['in', n.id], [n.id, 'out']]);

describe('wait rules', () => {
  it('reports non-positive durations', () => {
    expect(only(check(alone(waitFor('w', 0))), 'wait.invalid')[0]?.params).toEqual({ amount: 0, unit: 'hours' });
    expect(only(check(alone(waitFor('w', -2, 'days'))), 'wait.invalid')).toHaveLength(1);
    expect(check(alone(waitFor('w', 0.5)))).toEqual([]);
  });

  it('reports dates without a zone, impossible dates, and dates before the start', () => {
    expect(only(check(alone(waitUntil('w', '2026-12-01T09:00:00'))), 'wait.invalid')[0]?.message).toContain('time zone');
    expect(only(check(alone(waitUntil('w', '2026-13-01T09:00:00Z'))), 'wait.invalid')).toHaveLength(1);
    expect(check(alone(waitUntil('w', '2026-12-01')))).toEqual([]);
    const startAt = Date.parse('2027-01-01T00:00:00Z');
    const [f] = only(check(alone(waitUntil('w', '2026-12-01T09:00:00+01:00')), { startAt }), 'wait.invalid');
    expect(f?.params).toEqual({ at: '2026-12-01T09:00:00+01:00', start: '2027-01-01T00:00:00.000Z' });
    expect(check(alone(waitUntil('w', '2027-12-01T09:00:00Z')), { startAt })).toEqual([]);
    expect(check(alone(waitUntil('w')), { startAt: 1e300 })).toEqual([]);
  });

  it('reports a journey time zone the runtime does not know, and accepts IANA names and their aliases', () => {
    const zoned = (timezone: string, language: 'en' | 'fr' = 'en') => check(journey([entry(), waitTime('w'), exit()], [['in', 'w'], ['w', 'out']], { timezone }), { language });
    for (const zone of ['Europe/Pariss', 'Paris', 'GMT+25', '']) {
      const findings = only(zoned(zone), 'wait.invalid');
      expect(findings, zone).toHaveLength(1);
      expect(findings[0]).toMatchObject({ severity: 'error', params: { zone }, path: ['timezone'] });
      expect(findings[0]?.node).toBeUndefined();
    }
    expect(only(zoned('Europe/Pariss'), 'wait.invalid')[0]?.message).toContain('"Europe/Pariss" is not a time zone');
    expect(only(zoned('Europe/Pariss', 'fr'), 'wait.invalid')[0]?.message).toContain("« Europe/Pariss » n'est pas un fuseau");
    for (const zone of ['UTC', 'Europe/Paris', 'America/Sao_Paulo', 'Asia/Calcutta', 'Asia/Kolkata']) expect(zoned(zone), zone).toEqual([]);
  });

  it('reports a wait for reply without a positive timeout', () => {
    const reply = (data: Record<string, unknown>) =>
      journey([entry(), node('r', 'wait_for_reply', data), exit('a'), exit('b')], [['in', 'r'], ['r', 'a', 'replied'], ['r', 'b', 'timeout']]);
    expect(only(check(reply({})), 'wait.reply-timeout')).toHaveLength(1);
    expect(only(check(reply({ timeout: { amount: 0, unit: 'hours' } })), 'wait.reply-timeout')[0]?.message).toContain('0 hours');
    expect(check(journey([entry(), waitReply('r'), exit('a'), exit('b')], [['in', 'r'], ['r', 'a', 'replied'], ['r', 'b', 'timeout']]))).toEqual([]);
  });
});

describe('split rules', () => {
  const random = (percents: number[]) => {
    const branches = percents.map((percent, k) => ({ id: `b${k}`, percent }));
    return journey([entry(), node('sp', 'split_random', { branches }), ...branches.map((b) => exit(`x${b.id}`))], [['in', 'sp'], ...branches.map((b): [string, string, string] => ['sp', `x${b.id}`, b.id])]);
  };

  it('reports random shares that do not add up to 100', () => {
    expect(check(random([33.3, 33.3, 33.4]))).toEqual([]);
    expect(only(check(random([50, 40])), 'split.percent-sum')[0]?.params).toEqual({ sum: 90 });
    expect(only(check(random([120, -20])), 'split.percent-sum').map((f) => f.params)).toEqual([{ branch: 'b1', percent: -20 }]);
  });

  it('reports unknown operators, empty branches, missing values and duplicate names', () => {
    const branches = [
      { id: 'ok', when: [{ attribute: 'city', op: 'eq', value: 'Paris' }, { attribute: 'age', op: 'gt', value: '18' }, { attribute: 'vip', op: 'exists' }] },
      { id: 'typo', when: [{ attribute: 'city', op: 'equals', value: 'Paris' }] },
      { id: 'empty', when: [] },
      { id: 'novalue', when: [{ attribute: 'city', op: 'neq' }] },
      { id: 'notlist', when: [{ attribute: 'city', op: 'in', value: [] }] },
      { id: 'scalar', when: [{ attribute: 'city', op: 'in', value: 'Paris' }, { attribute: 'since', op: 'lt', value: '2026-01-01' }, { attribute: 'n', op: 'gt', value: 'b' }] },
      { id: 'noattr', when: [{ attribute: ' ', op: 'exists' }] },
      { id: 'else', when: [{ attribute: 'x', op: 'exists' }] },
    ];
    const handles = [...new Set([...branches.map((b) => b.id), 'else'])];
    const j = journey(
      [entry(), node('sp', 'split_attribute', { branches }), ...handles.map((h) => exit(`x-${h}`))],
      [['in', 'sp'], ...handles.map((h): [string, string, string] => ['sp', `x-${h}`, h])],
    );
    const findings = only(check(j), 'split.condition-invalid');
    expect(findings.map((f) => [f.params?.branch, f.path?.slice(2).join('.')])).toEqual([
      ['else', '7.id'],
      ['typo', '1.when.0.op'],
      ['empty', '2.when'],
      ['novalue', '3.when.0.value'],
      ['notlist', '4.when.0.value'],
      ['noattr', '6.when.0.attribute'],
    ]);
    expect(findings[1]?.message).toContain('"equals"');
  });

  it('requires the measured message upstream on every path', () => {
    const t = sendTemplate('t', 'welcome', 'fr', { '1': 'x' });
    const split = node('se', 'split_engagement', { message: 't', metric: 'read' });
    const fine = journey([entry(), t, split, exit('a'), exit('b')], [['in', 't'], ['t', 'se'], ['se', 'a', 'yes'], ['se', 'b', 'no']]);
    expect(check(fine)).toEqual([]);
    // A random split lets half the contacts skip the message.
    const skip = journey(
      [entry(), node('sp', 'split_random', { branches: [{ id: 'a', percent: 50 }, { id: 'b', percent: 50 }] }), t, split, exit('a'), exit('b')],
      [['in', 'sp'], ['sp', 't', 'a'], ['sp', 'se', 'b'], ['t', 'se'], ['se', 'a', 'yes'], ['se', 'b', 'no']],
    );
    expect(only(check(skip), 'split.engagement-source').map((f) => f.node)).toEqual(['se']);
    const wrong = (message: string) =>
      only(check(journey([entry(), t, node('se', 'split_engagement', { message, metric: 'read' }), exit('a'), exit('b')], [['in', 't'], ['t', 'se'], ['se', 'a', 'yes'], ['se', 'b', 'no']])), 'split.engagement-source');
    expect(wrong('ghost')[0]?.message).toContain('does not exist');
    expect(wrong('in')[0]?.message).toContain('entry');
  });

  it('requires the button of a split to be one of the measured message’s buttons', () => {
    const tapped = (message: ReturnType<typeof node>, button: string, language: 'en' | 'fr' = 'en') =>
      only(
        check(journey([entry(), message, node('se', 'split_engagement', { message: message.id, metric: 'clicked', button }), exit('a'), exit('b')], [['in', message.id], [message.id, 'se'], ['se', 'a', 'yes'], ['se', 'b', 'no']]), {
          language,
          templates: [
            template({ components: { body: { text: 'Bonjour {{1}}' }, buttons: [{ type: 'QUICK_REPLY', text: 'Oui' }, { type: 'URL', text: 'Voir', url: 'https://example.com' }] } }),
            template({ language: 'en', components: { body: { text: 'Hello {{1}}' }, buttons: [{ type: 'QUICK_REPLY', text: 'Yes' }] } }),
          ],
        }),
        'split.engagement-source',
      );
    const t = sendTemplate('t', 'welcome', 'fr', { '1': 'x' });
    // A template's buttons report their text, in any of its translations; a URL button is clicked too.
    for (const button of ['Oui', 'Voir', 'Yes']) expect(tapped(t, button), button).toEqual([]);
    const [wrong] = tapped(t, 'Non');
    expect(wrong).toMatchObject({ node: 'se', severity: 'error', path: ['data', 'button'], params: { message: 't', button: 'Non', buttons: '"Oui", "Voir", "Yes"' } });
    expect(wrong?.message).toContain('has no such button');
    expect(tapped(t, 'Non', 'fr')[0]?.message).toContain("n'a pas ce bouton");

    // A session message's buttons report their id, not their title.
    const buttons = node('s', 'whatsapp_session', { message: { kind: 'buttons', text: 'Oui ?', buttons: [{ id: 'yes', title: 'Oui' }] } });
    const inboundJourney = (button: string) =>
      only(
        check(journey([inbound(), buttons, node('se', 'split_engagement', { message: 's', metric: 'replied', button }), exit('a'), exit('b')], [['in', 's'], ['s', 'se'], ['se', 'a', 'yes'], ['se', 'b', 'no']])),
        'split.engagement-source',
      );
    expect(inboundJourney('yes')).toEqual([]);
    expect(inboundJourney('Oui')[0]?.params).toMatchObject({ buttons: '"yes"' });
    const [none] = tapped(session('s'), 'yes');
    expect(none?.message).toContain('has no buttons');
  });
});
