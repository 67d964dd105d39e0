/** The sections of the readiness report, each a piece of HTML (readiness-html.ts assembles them). */
import type { ConsentSummary } from '../../../core/audience';
import type { Journey } from '../../../core/journey';
import { forecastMessagingLimit } from '../../../core/reports';
import { ruleText, type Finding, type Language } from '../../../core/rules';
import type { SimulationResult } from '../../../core/sim';
import type { MessagingLimit } from '../../../core/whatsapp/messaging-limits';
import type { reportsEn } from '../i18n/reports.en';
import { escapeHtml, fill, table } from './html';
import type { TemplateNeed } from './template-needs';

export type HandoffTexts = (typeof reportsEn)['handoff'];

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
const VOLUME_COLUMNS = ['entered', 'sent', 'delivered', 'read', 'replied', 'failed'] as const;

export function findingsSection(findings: readonly Finding[], t: HandoffTexts, language: Language): string {
  if (findings.length === 0) return `<p class="ok">${fill(t.noFindings)}</p>`;
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const items = sorted.map((f) => {
    const { title, teaching } = ruleText(f.rule, language);
    const where = f.node ?? f.edge;
    return (
      `<li class="finding ${f.severity}"><p><span class="badge">${fill(t.severity[f.severity])}</span> ` +
      `<strong>${escapeHtml(title)}</strong>${where ? ` <code>${escapeHtml(where)}</code>` : ''}</p>` +
      `<p>${escapeHtml(f.message)}</p><p class="why"><em>${fill(t.why)}:</em> ${escapeHtml(teaching)}</p></li>`
    );
  });
  return `<ul class="findings">${items.join('')}</ul>`;
}

export function templatesSection(needs: readonly TemplateNeed[], t: HandoffTexts): string {
  if (needs.length === 0) return '';
  const rows = needs.map((n) => [
    escapeHtml(n.name),
    escapeHtml(n.language ?? '—'),
    escapeHtml(n.category ?? '—'),
    escapeHtml(n.status),
    fill(t.actions[n.status]),
  ]);
  return table([t.templateName, t.language, t.category, t.status, t.action].map((h) => fill(h)), rows, 'templates');
}

export function audienceSection(name: string, consent: ConsentSummary, t: HandoffTexts, format: (n: number) => string): string {
  const rows = [
    ...(name ? [[fill(t.audienceName), escapeHtml(name)]] : []),
    [fill(t.total), format(consent.total)],
    [fill(t.whatsappOptIn), format(consent.whatsappOptIn)],
    [fill(t.marketingOptIn), format(consent.marketingOptIn)],
    [fill(t.openWindows), format(consent.openWindows)],
  ];
  return `<table class="pairs"><tbody>${rows.map(([k, v]) => `<tr><th scope="row">${k}</th><td>${v}</td></tr>`).join('')}</tbody></table>`;
}

export interface SimulationFigures {
  result: SimulationResult | undefined;
  journey: Journey;
  /** Contacts the journey will message (WhatsApp opt-in), for the messaging-limit forecast. */
  reachable: number;
  limit: MessagingLimit;
}

export function simulationSection(input: SimulationFigures, t: HandoffTexts, language: Language, format: (n: number) => string, date: (iso: string) => string): string {
  const { result } = input;
  const forecast = forecastMessagingLimit(input.reachable, input.limit);
  const limit =
    forecast.perDay === null
      ? fill(t.limitNone)
      : fill(t.limitDays, { contacts: format(forecast.contacts), perDay: format(forecast.perDay), days: format(forecast.days) });
  const limitHtml = `<h3>${fill(t.limit)}</h3><p>${limit}</p>`;
  if (result === undefined) return `<p class="missing">${fill(t.noSimulation)}</p>${limitHtml}`;
  const money = new Intl.NumberFormat(language, { style: 'currency', currency: result.cost.currency });
  const volumes = input.journey.nodes
    .filter((n) => result.nodes[n.id] !== undefined)
    .map((n) => {
      const s = result.nodes[n.id]!;
      return [escapeHtml(n.id), ...VOLUME_COLUMNS.map((c) => format(s[c]))];
    });
  const costRows = Object.entries(result.cost.byCategory)
    .filter(([, v]) => v > 0)
    .map(([category, v]) => [escapeHtml(category), money.format(v)]);
  costRows.push([`<strong>${fill(t.costTotal)}</strong>`, `<strong>${money.format(result.cost.total)}</strong>`]);
  return (
    `<p>${fill(t.simulationOf, { start: date(result.start), seed: result.seed })}</p>` +
    `<h3>${fill(t.volumes)}</h3>` +
    table([t.step, ...VOLUME_COLUMNS.map((c) => t.columns[c])].map((h) => fill(h)), volumes, 'volumes') +
    `<h3>${fill(t.cost)}</h3>${table([fill(t.costCategory), fill(t.costAmount)], costRows, 'pairs')}` +
    limitHtml +
    `<p>${fill(t.quality, { rating: result.quality.projected })}</p>`
  );
}
