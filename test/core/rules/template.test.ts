import { describe, expect, it } from 'vitest';
import { channel, check, contact, entry, exit, journey, node, only, sendTemplate, template } from './helpers';

const one = (t: ReturnType<typeof sendTemplate>) => journey([entry(), t, exit()], [['in', t.id], [t.id, 'out']]);

describe('template rules', () => {
  it('finds a template by name and exact language', () => {
    expect(check(one(sendTemplate('t', 'welcome', 'fr', { '1': 'Ana' })))).toEqual([]);
    const [f] = only(check(one(sendTemplate('t', 'welcome', 'fr_FR', { '1': 'Ana' }))), 'template.not-found');
    expect(f).toMatchObject({ node: 't', params: { template: 'welcome', language: 'fr_FR', available: ['fr'] }, path: ['data', 'language'] });
    expect(f?.message).toContain('exactly');
    const [g] = only(check(one(sendTemplate('t', 'nope', 'fr'))), 'template.not-found');
    expect(g?.params).toMatchObject({ template: 'nope', available: [] });
  });

  it('checks every translation when the step leaves the language to each contact', () => {
    const j = one(node('t', 'whatsapp_template', { template: 'welcome', parameters: { '1': 'x' } }));
    const templates = [template(), template({ language: 'en', status: 'PAUSED' })];
    expect(only(check(j, { templates }), 'template.paused').map((f) => f.params?.language)).toEqual(['en']);
    expect(only(check(j, { templates: [] }), 'template.not-found')[0]?.message).toContain('any language');
  });

  it.each([
    ['PENDING', 'template.pending', 'warning'],
    ['DRAFT', 'template.pending', 'warning'],
    ['REJECTED', 'template.rejected', 'error'],
    ['PAUSED', 'template.paused', 'error'],
    ['DISABLED', 'template.disabled', 'error'],
  ] as const)('reports status %s as %s', (status, rule, severity) => {
    const findings = check(one(sendTemplate('t', 'welcome', 'fr', { '1': 'x' })), { templates: [template({ status })] });
    expect(findings.map((f) => [f.rule, f.severity, f.node])).toEqual([[rule, severity, 't']]);
  });

  it('reports placeholders without a value, empty values and values for no placeholder', () => {
    const templates = [template({ components: { header: { format: 'TEXT', text: 'Hi {{1}}' }, body: { text: 'Use {{2}} on {{3}} today.' } } })];
    const findings = check(one(sendTemplate('t', 'welcome', 'fr', { '1': 'Ana', '3': ' ', '7': 'extra' })), { templates });
    expect(findings.map((f) => [f.rule, f.params?.key, f.path?.join('.')])).toEqual([
      ['template.parameter-missing', '2', 'data.parameters.2'],
      ['template.parameter-missing', '3', 'data.parameters.3'],
      ['template.parameter-unknown', '7', 'data.parameters.7'],
    ]);
    expect(findings[0]?.message).toBe('t: placeholder {{2}} of "welcome" has no value.');
  });

  it('counts the contacts that lack an attribute a parameter takes, only with an audience', () => {
    const j = one(sendTemplate('t', 'welcome', 'fr', { '1': '{{contact.first_name}}' }));
    expect(check(j)).toEqual([]);
    const audience = [contact(), contact({ phone: '+33612345679', attributes: { first_name: 'Ana' } }), contact({ phone: '+33612345670', attributes: { first_name: '' } })];
    const [f] = only(check(j, { audience }), 'template.parameter-missing');
    expect(f?.params).toMatchObject({ attribute: 'first_name', count: 2, total: 3, key: '1' });
    // Contact fields count as attributes too.
    expect(check(one(sendTemplate('t', 'welcome', 'fr', { '1': '{{contact.phone}}' })), { audience })).toEqual([]);
  });

  it('does not count an attribute an update_contact step sets on every path before the template', () => {
    const audience = [contact()];
    const t = sendTemplate('t', 'welcome', 'fr', { '1': '{{contact.segment}}' });
    const set = node('u', 'update_contact', { set: { segment: 'vip' } });
    const always = journey([entry(), set, t, exit()], [['in', 'u'], ['u', 't'], ['t', 'out']]);
    expect(check(always, { audience })).toEqual([]);
    const sometimes = journey(
      [entry(), node('sp', 'split_random', { branches: [{ id: 'a', percent: 50 }, { id: 'b', percent: 50 }] }), set, t, exit()],
      [['in', 'sp'], ['sp', 'u', 'a'], ['sp', 't', 'b'], ['u', 't'], ['t', 'out']],
    );
    expect(only(check(sometimes, { audience }), 'template.parameter-missing')).toHaveLength(1);
  });

  it('reports a template of another business unit than the channel', () => {
    const j = one(sendTemplate('t', 'welcome', 'fr', { '1': 'x' }));
    const templates = [template({ businessUnit: 'bu-fr' })];
    expect(check(j, { templates, channels: [channel({ businessUnit: 'bu-fr' })] })).toEqual([]);
    expect(check(j, { templates, channels: [channel()] })).toEqual([]);
    const [f] = check(j, { templates, channels: [channel({ businessUnit: 'bu-es' })] });
    expect(f).toMatchObject({ rule: 'template.business-unit', params: { templateUnit: 'bu-fr', channelUnit: 'bu-es', channel: 'ch' } });
  });

  it("reports a template breaking Meta's limits, in the user's language", () => {
    const templates = [template({ components: { body: { text: '{{1}} starts the body.' }, footer: { text: 'x'.repeat(61) } } })];
    const j = one(sendTemplate('t', 'welcome', 'fr', { '1': 'x' }));
    const findings = only(check(j, { templates }), 'template.limits');
    expect(findings.map((f) => f.params?.code)).toEqual(['footer-too-long', 'body-starts-with-placeholder']);
    const fr = only(check(j, { templates, language: 'fr' }), 'template.limits');
    expect(fr[0]?.message).toBe('Modèle « welcome » (fr) : le pied de page a 61 caractères ; Meta en autorise au plus 60.');
  });

  it("reports a free-form message breaking Meta's limits", () => {
    const buttons = ['a', 'b', 'c', 'd'].map((id) => ({ id, title: id }));
    const s = node('s', 'whatsapp_session', { message: { kind: 'buttons', text: 'Pick one', buttons } });
    const j = journey([{ id: 'in', type: 'entry', data: { source: 'inbound_message' } }, s], [['in', 's']]);
    const [f] = check(j);
    expect(f).toMatchObject({ rule: 'template.limits', node: 's', params: { code: 'buttons-too-many' }, path: ['data', 'message', 'buttons'] });
  });
});

describe('template rules with an audience', () => {
  const j = one(sendTemplate('t', 'welcome', 'fr', { '1': 'x' }));
  const people = (...locales: (string | undefined)[]) =>
    locales.map((locale, k) => contact({ phone: `+3361234560${k}`, ...(locale ? { locale } : {}) }));

  it('checks the translation each contact receives: their locale first, then the step language', () => {
    const templates = [template(), template({ language: 'en_US', status: 'PAUSED' })];
    expect(check(j, { templates, audience: people('fr', undefined) })).toEqual([]);
    const findings = check(j, { templates, audience: people('fr_FR', 'en') });
    expect(findings.map((f) => [f.rule, f.params?.language])).toEqual([['template.paused', 'en_US']]);
  });

  it('counts the contacts no translation reaches', () => {
    const stepInEnglish = one(sendTemplate('t', 'welcome', 'en', { '1': 'x' }));
    // Everyone speaks French: the French translation reaches them all, the step's "en" is never used.
    expect(check(stepInEnglish, { audience: people('fr', 'fr_CA') })).toEqual([]);
    const [f] = check(stepInEnglish, { audience: people('fr', 'de', undefined) });
    expect(f).toMatchObject({ rule: 'template.not-found', params: { template: 'welcome', count: 2, total: 3, locales: ['de', '(none)'] } });
  });
});
