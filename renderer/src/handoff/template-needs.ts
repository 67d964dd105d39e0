/**
 * The templates a journey sends and what the agency must do about each: submit a draft, wait
 * for a pending one, fix a rejected one, create a missing one. A node that names no language
 * uses every translation of its template (one per contact locale).
 */
import type { Journey } from '../../../core/journey';
import { templateKey, type Template, type TemplateStatus } from '../../../core/whatsapp/template';

export interface TemplateNeed {
  name: string;
  language: string | null;
  category: Template['category'] | null;
  status: TemplateStatus | 'missing';
}

/** Order of the report's table: what needs work first. */
const URGENCY: Record<TemplateNeed['status'], number> = { missing: 0, REJECTED: 1, DISABLED: 2, PAUSED: 3, DRAFT: 4, PENDING: 5, APPROVED: 6 };

export function templateNeeds(journey: Journey, library: readonly Template[]): TemplateNeed[] {
  const byKey = new Map(library.map((t) => [templateKey(t.name, t.language), t]));
  const needs = new Map<string, TemplateNeed>();
  for (const node of journey.nodes) {
    if (node.type !== 'whatsapp_template' || !node.data.template) continue;
    const { template: name, language } = node.data;
    const found = language ? [byKey.get(templateKey(name, language))].filter((t) => t !== undefined) : library.filter((t) => t.name === name);
    if (found.length === 0) needs.set(templateKey(name, language ?? ''), { name, language: language ?? null, category: null, status: 'missing' });
    for (const t of found) needs.set(templateKey(t.name, t.language), { name: t.name, language: t.language, category: t.category, status: t.status });
  }
  return [...needs.values()].sort((a, b) => URGENCY[a.status] - URGENCY[b.status] || a.name.localeCompare(b.name) || (a.language ?? '').localeCompare(b.language ?? ''));
}
