/**
 * The readiness report for the sample promotion: self-contained (no script, nothing fetched),
 * print-ready, and holding the findings with their teaching, the templates to act on, the
 * consent summary and the simulation's volumes, cost and messaging-limit forecast, in EN and FR.
 */
import { describe, expect, it } from 'vitest';
import { summarizeConsent } from '../../../core/audience';
import { ruleText, validateJourney } from '../../../core/rules';
import { simulate } from '../../../core/sim';
import { buildReadinessHtml, type ReadinessInput } from '../../../renderer/src/handoff/readiness-html';
import { templateNeeds } from '../../../renderer/src/handoff/template-needs';
import { reportsEn } from '../../../renderer/src/i18n/reports.en';
import { reportsFr } from '../../../renderer/src/i18n/reports.fr';
import { sampleAudience, sampleChannel, sampleInput, sampleTemplates } from '../../core/reports/sample';

const input = sampleInput();
const journey = input.journey;
// An agency's library before the rollout: one reminder still a draft, the last chance not written yet.
const library = sampleTemplates
  .filter((t) => t.name !== 'promo_last_chance')
  .map((t) => (t.name === 'promo_reminder' && t.language === 'fr' ? { ...t, status: 'DRAFT' as const } : t));
const AT = '2026-01-05T08:00:00.000Z';

function report(language: 'en' | 'fr', over: Partial<ReadinessInput> = {}): string {
  return buildReadinessHtml(
    {
      journey,
      findings: validateJourney({ journey, templates: library, channels: [sampleChannel], audience: sampleAudience, language }),
      templates: library,
      channel: sampleChannel,
      audience: { name: 'Sample audience', contacts: sampleAudience },
      simulation: simulate(input),
      at: AT,
      language,
      ...over,
    },
    language === 'en' ? reportsEn.handoff : reportsFr.handoff,
  );
}

describe('buildReadinessHtml', () => {
  const html = report('en');

  it('is one self-contained, printable file', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src="http|href="http|url\(http/i);
    expect(html).toContain('@page{size:A4');
    expect(html).toContain('break-before:page');
    expect(html).toContain('<svg');
  });

  it('lists the findings with their rule teaching and says the journey is blocked', () => {
    const findings = validateJourney({ journey, templates: library, channels: [sampleChannel], audience: sampleAudience });
    expect(findings.some((f) => f.severity === 'error')).toBe(true);
    expect(html).toContain('Not ready:');
    for (const f of findings) expect(html).toContain(ruleText(f.rule, 'en').teaching.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  });

  it('says what to do about each template, the missing one first', () => {
    const needs = templateNeeds(journey, library);
    expect(needs[0]).toMatchObject({ name: 'promo_last_chance', category: null, status: 'missing' });
    expect(needs.find((n) => n.name === 'promo_reminder' && n.language === 'fr')?.status).toBe('DRAFT');
    expect(html).toContain('Missing from the library: create it and submit it.');
    expect(html).toContain('Submit to Meta for approval.');
  });

  it('gives the consent summary, the volumes per step, the cost and the limit forecast', () => {
    const consent = summarizeConsent(sampleAudience, new Date(AT));
    expect(html).toContain(`<th scope="row">WhatsApp opt-in (will be messaged)</th><td>${consent.whatsappOptIn}</td>`);
    const result = simulate(input);
    const promo = result.nodes.promo!;
    expect(html).toContain(`<td>promo</td><td>${promo.entered}</td><td>${promo.sent}</td><td>${promo.delivered}</td>`);
    expect(html).toContain(new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(result.cost.total));
    expect(html).toContain(`${consent.whatsappOptIn} contacts at 1,000 unique contacts a day: 1 day(s).`);
  });

  it('is written in French when asked, and says when nothing was simulated', () => {
    const fr = report('fr', { simulation: undefined });
    expect(fr).toContain('<html lang="fr">');
    expect(fr).toContain('Rapport de préparation');
    expect(fr).toContain(ruleText('template.not-found', 'fr').title.replace(/'/g, '&#39;'));
    expect(fr).toContain('Pas encore de simulation');
  });

  it('escapes what users typed', () => {
    const evil = report('en', { journey: { ...journey, name: '<img src=x onerror=alert(1)>' } });
    expect(evil).not.toContain('<img src=x');
    expect(evil).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
