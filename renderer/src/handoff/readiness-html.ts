/**
 * The agency hand-off's readiness report: ONE self-contained HTML file (styles inline, the
 * canvas as inline SVG or a data URL, no script, no external request) that prints cleanly to
 * PDF: A4 margins, each section starting on a new page where it helps, tables that never
 * split a row, and colours that survive black-and-white printing through labels.
 */
import { summarizeConsent, type ConsentSummary } from '../../../core/audience';
import type { Channel, Contact, Journey } from '../../../core/journey';
import { hasErrors, type Finding, type Language } from '../../../core/rules';
import type { SimulationResult } from '../../../core/sim';
import type { Template } from '../../../core/whatsapp/template';
import { journeySvg } from './graph-svg';
import { escapeHtml, fill } from './html';
import { audienceSection, findingsSection, simulationSection, templatesSection, type HandoffTexts } from './readiness-sections';
import { templateNeeds } from './template-needs';

export interface ReadinessInput {
  journey: Journey;
  findings: readonly Finding[];
  /** The workspace's template library. */
  templates: readonly Template[];
  channel: Channel | undefined;
  audience: { name: string; contacts: Iterable<Contact> } | { name: string; consent: ConsentSummary };
  simulation: SimulationResult | undefined;
  /**
   * The editor's canvas as its PNG export draws it (a data URL), or SVG text; without it the
   * graph is drawn from the saved positions and the caption says why (`canvasError`, or no
   * canvas open).
   */
  canvasImage?: string;
  /** Why the editor's canvas could not be rendered, when it was open. */
  canvasError?: string;
  /** When the report is made (ISO 8601): consent windows are counted at this moment. */
  at: string;
  language: Language;
}

const PRINT_CSS = `
@page{size:A4;margin:16mm 14mm}
*{box-sizing:border-box}
body{font:11pt/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111;margin:0 auto;max-width:190mm;padding:8mm 0}
h1{font-size:20pt;margin:0 0 2mm;color:#075e54}h2{font-size:14pt;margin:8mm 0 3mm;border-bottom:2px solid #128c7e;padding-bottom:1mm;color:#075e54}h3{font-size:11.5pt;margin:5mm 0 2mm}
.meta{color:#4b5563;margin:0 0 4mm}
.verdict{padding:3mm 4mm;border-radius:2mm;font-weight:600;border:1px solid}
.verdict.ready{background:#e7f7ef;border-color:#128c7e}.verdict.blocked{background:#fdecec;border-color:#b42318}
figure{margin:0;break-inside:avoid}figure svg,figure img{width:100%;height:auto;max-height:220mm;object-fit:contain;border:1px solid #d1d5db;border-radius:2mm}figcaption{color:#4b5563;font-size:9.5pt;margin-top:1.5mm}
table{border-collapse:collapse;width:100%;margin:2mm 0;font-size:10pt}th,td{border:1px solid #d1d5db;padding:1.5mm 2mm;text-align:left;vertical-align:top}
thead th{background:#f3f4f6}td:not(:first-child){font-variant-numeric:tabular-nums}
tr,li{break-inside:avoid;page-break-inside:avoid}
.findings{list-style:none;padding:0;margin:0}.finding{border-left:4px solid #9ca3af;padding:1mm 3mm;margin:0 0 3mm}
.finding p{margin:.8mm 0}.finding.error{border-color:#b42318}.finding.warning{border-color:#b54708}.finding.info{border-color:#1d4ed8}
.badge{display:inline-block;font-size:8.5pt;text-transform:uppercase;letter-spacing:.04em;border:1px solid currentColor;border-radius:1mm;padding:0 1.5mm}
.why{color:#374151;font-size:10pt}.ok{color:#065f46}.missing{color:#b54708}
section.page{break-before:page;page-break-before:always}
footer{margin-top:10mm;color:#6b7280;font-size:9pt;border-top:1px solid #d1d5db;padding-top:2mm}
@media screen{body{padding:12mm 8mm}}
`;

function canvasFigure(input: ReadinessInput, t: HandoffTexts): string {
  const image = input.canvasImage;
  if (image === undefined) {
    const why = input.canvasError === undefined ? fill(t.canvasFromPositions) : fill(t.canvasFailed, { message: input.canvasError });
    return `${journeySvg(input.journey)}<figcaption data-canvas="positions">${why}</figcaption>`;
  }
  const drawn = image.trimStart().startsWith('<svg') ? image : `<img src="${escapeHtml(image)}" alt="${escapeHtml(input.journey.name)}" />`;
  return `${drawn}<figcaption data-canvas="editor">${fill(t.canvasFromEditor)}</figcaption>`;
}

export function buildReadinessHtml(input: ReadinessInput, t: HandoffTexts): string {
  const { journey, language } = input;
  const numbers = new Intl.NumberFormat(language);
  const format = (n: number): string => numbers.format(n);
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone: journey.timezone });
  const date = (iso: string): string => dates.format(new Date(iso));
  const consent = 'consent' in input.audience ? input.audience.consent : summarizeConsent(input.audience.contacts, new Date(input.at));
  const errors = input.findings.filter((f) => f.severity === 'error').length;
  const verdict = hasErrors(input.findings)
    ? `<p class="verdict blocked">${fill(t.verdictBlocked, { count: errors })}</p>`
    : `<p class="verdict ready">${fill(t.verdictReady)}</p>`;
  const templates = templatesSection(templateNeeds(journey, input.templates), t);
  const body = [
    `<header><h1>${fill(t.title, { journey: journey.name || journey.id })}</h1><p class="meta">${fill(t.generated, { date: date(input.at) })}</p>${verdict}</header>`,
    `<section><h2>${fill(t.canvas)}</h2><figure>${canvasFigure(input, t)}</figure></section>`,
    `<section class="page"><h2>${fill(t.findings)}</h2>${findingsSection(input.findings, t, language)}</section>`,
    templates ? `<section><h2>${fill(t.templates)}</h2>${templates}</section>` : '',
    `<section><h2>${fill(t.audience)}</h2>${audienceSection(input.audience.name, consent, t, format)}</section>`,
    `<section class="page"><h2>${fill(t.simulation)}</h2>${simulationSection(
      { result: input.simulation, journey, reachable: consent.whatsappOptIn, limit: input.channel?.messagingLimit ?? null },
      t,
      language,
      format,
      date,
    )}</section>`,
    `<footer>${fill(t.footer)}</footer>`,
  ].join('\n');
  return (
    `<!doctype html>\n<html lang="${language}"><head><meta charset="utf-8" />` +
    `<meta name="viewport" content="width=device-width, initial-scale=1" />` +
    `<title>${fill(t.title, { journey: journey.name || journey.id })}</title><style>${PRINT_CSS}</style></head>\n<body>\n${body}\n</body></html>\n`
  );
}
