/**
 * Meta's rule for editing a template (whatsapp-rules.md §2.2 "Edit limits"): only APPROVED,
 * REJECTED or PAUSED templates can be edited (and the app's own DRAFTs); name and language never
 * change; an APPROVED template keeps its category and may be edited once per 24 hours and at
 * most 10 times per 30 days; every edit goes back to review. Journeys go on sending the
 * approved revision meanwhile (the workspace keeps both).
 */
import type { Template, TemplateStatus } from './template';

const DAY_MS = 24 * 3_600_000;

/** Meta's edit limits for an APPROVED template. */
export const TEMPLATE_EDIT_LIMITS = { perDay: 1, dayMs: DAY_MS, perMonth: 10, monthMs: 30 * DAY_MS } as const;

/** Why an edit is refused. `retryAt` (epoch ms) says when a rate limit lets it through. */
export type TemplateEditRefusal =
  | { ok: false; reason: 'identity' | 'status' | 'in-review' | 'category' | 'unchanged' }
  | { ok: false; reason: 'per-day' | 'per-30-days'; retryAt: number };

/** An accepted edit: the template to save, with its status for review and the time of the edit. */
export type TemplateEditDecision = { ok: true; template: Template } | TemplateEditRefusal;

export interface TemplateEditInput {
  /** The revision journeys use now (the approved one, when there is one). */
  current: Template;
  /** The template as the user edited it. */
  next: Template;
  /** Status of the newest revision: PENDING while an earlier edit is in review. */
  latestStatus: TemplateStatus;
  /** When each earlier edit was made (epoch ms), in any order. */
  editTimes: readonly number[];
  now: number;
}

const EDITABLE: ReadonlySet<TemplateStatus> = new Set(['APPROVED', 'REJECTED', 'PAUSED', 'DRAFT']);

/** Everything a review looks at: the template without its status and the app's bookkeeping. */
function content(template: Template): string {
  const { status: _status, editedAt: _editedAt, ...rest } = template;
  return JSON.stringify(rest);
}

/**
 * Whether `next` may replace `current`, and if so what to save: a DRAFT stays a draft; any
 * other edit goes back to review as PENDING, stamped with `editedAt` so later edits can be
 * counted. Pure: the clock comes in as `now`.
 */
export function decideTemplateEdit(input: TemplateEditInput): TemplateEditDecision {
  const { current, next, latestStatus, now } = input;
  if (next.name !== current.name || next.language !== current.language) return { ok: false, reason: 'identity' };
  if (content(next) === content(current)) return { ok: false, reason: 'unchanged' };
  if (current.status === 'DRAFT') return { ok: true, template: { ...next, status: 'DRAFT' } };
  if (latestStatus === 'PENDING') return { ok: false, reason: 'in-review' };
  if (!EDITABLE.has(current.status)) return { ok: false, reason: 'status' };
  if (current.status === 'APPROVED') {
    if (next.category !== current.category) return { ok: false, reason: 'category' };
    const limited = rateLimit(input.editTimes, now);
    if (limited) return limited;
  }
  return { ok: true, template: { ...next, status: 'PENDING', editedAt: now } };
}

/** The rate-limit refusal for an APPROVED template edited at `now`, if any. */
function rateLimit(editTimes: readonly number[], now: number): TemplateEditRefusal | undefined {
  const { dayMs, monthMs, perDay, perMonth } = TEMPLATE_EDIT_LIMITS;
  const past = editTimes.filter((t) => t <= now).sort((a, b) => a - b);
  const lastDay = past.filter((t) => t > now - dayMs);
  if (lastDay.length >= perDay) return { ok: false, reason: 'per-day', retryAt: lastDay[lastDay.length - perDay]! + dayMs };
  const lastMonth = past.filter((t) => t > now - monthMs);
  if (lastMonth.length >= perMonth) return { ok: false, reason: 'per-30-days', retryAt: lastMonth[lastMonth.length - perMonth]! + monthMs };
  return undefined;
}

/** The edit times recorded on a template's revisions (`editedAt`), for {@link decideTemplateEdit}. */
export function editTimesOf(revisions: readonly Template[]): number[] {
  return revisions.flatMap((t) => (typeof t.editedAt === 'number' && Number.isFinite(t.editedAt) ? [t.editedAt] : []));
}
