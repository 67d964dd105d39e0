/**
 * The sandbox WABA's message templates: listing with cursor paging, creation with review by
 * rule after a delay (core checkTemplateLimits, plus Meta's demand of a sample value for every
 * placeholder), and deletion by name or by name and id. Review outcomes are announced with a
 * `message_template_status_update` webhook, as Meta does.
 */
import { checkTemplateLimits, placeholderKeys, placeholderValue, templateKey, type Template } from '../../../core/whatsapp';
import { decideTemplateEdit } from '../../../core/whatsapp/template-edits';
import type { GraphTemplate } from '../meta/cloud-api-types';
import { fromGraphTemplate, toGraphTemplate } from '../meta/template-wire';
import type { Scheduler } from './clock';

export interface StoredTemplate {
  id: string;
  template: Template;
  rejectedReason?: string;
  /** When each accepted edit was made (sandbox clock), for Meta's edit limits. */
  editTimes: number[];
}

export interface ReviewUpdate {
  event: 'APPROVED' | 'REJECTED';
  id: string;
  name: string;
  language: string;
  reason: string;
}

export type Refusal = { code: number; details: string; subcode?: number };

/** Meta's default page size for edges. */
const DEFAULT_PAGE = 25;
const MAX_PAGE = 100;

export class TemplateRegistry {
  private readonly byKey = new Map<string, StoredTemplate>();
  private nextId = 1;

  constructor(
    templates: readonly Template[],
    private readonly scheduler: Scheduler,
    private readonly reviewDelayMs: number,
    private readonly onReview: (update: ReviewUpdate) => void,
  ) {
    for (const template of templates) this.store(template);
  }

  find(name: string, language: string): StoredTemplate | undefined {
    return this.byKey.get(templateKey(name, language));
  }

  /** One page of templates in creation order; `after` is the cursor of the previous page. */
  list(query: URLSearchParams): { data: GraphTemplate[]; after?: string; hasMore: boolean } {
    const limit = Math.min(MAX_PAGE, Math.max(1, Number(query.get('limit')) || DEFAULT_PAGE));
    const start = decodeCursor(query.get('after'));
    const matches = [...this.byKey.values()].filter(
      (s) =>
        (query.get('name') === null || s.template.name.includes(query.get('name') as string)) &&
        (query.get('status') === null || s.template.status === query.get('status')?.toUpperCase()) &&
        (query.get('language') === null || s.template.language === query.get('language')),
    );
    const page = matches.slice(start, start + limit);
    const data = page.map((s) => ({ ...toGraphTemplate(s.template), id: s.id, status: s.template.status, ...(s.rejectedReason ? { rejected_reason: s.rejectedReason } : {}) }));
    const hasMore = start + limit < matches.length;
    return page.length > 0 ? { data, after: encodeCursor(start + page.length), hasMore } : { data, hasMore };
  }

  /** A submission: PENDING now, reviewed after the delay. */
  create(body: unknown): { ok: true; value: { id: string; status: string; category: string } } | { ok: false; refusal: Refusal } {
    const input = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    for (const field of ['name', 'language', 'category', 'components']) {
      if (input[field] === undefined) return { ok: false, refusal: { code: 100, details: `The parameter ${field} is required.` } };
    }
    const parsed = Array.isArray(input.components) ? fromGraphTemplate({ ...(input as unknown as GraphTemplate), id: '', status: 'PENDING' }) : null;
    if (!parsed) return { ok: false, refusal: { code: 100, details: 'Invalid parameter: the template components or category are not valid.' } };
    if (this.find(parsed.name, parsed.language)) {
      return { ok: false, refusal: { code: 100, subcode: 2388024, details: `Content in ${parsed.language} already exists for ${parsed.name}.` } };
    }
    const stored = this.store({ ...parsed, status: 'PENDING' });
    this.scheduler.schedule(this.reviewDelayMs, () => this.review(stored));
    return { ok: true, value: { id: stored.id, status: 'PENDING', category: parsed.category } };
  }

  /** The template with Meta's id `id`, if the WABA holds it. */
  byId(id: string): StoredTemplate | undefined {
    for (const stored of this.byKey.values()) if (stored.id === id) return stored;
    return undefined;
  }

  /**
   * `POST /{template-id}`: new components (and a category, for a template not approved) go
   * back to review, as Meta does, under the workspace's own edit rule (core template-edits):
   * APPROVED, REJECTED or PAUSED only, an approved template's category kept, one edit per
   * 24 hours and ten per 30 days for an approved one.
   */
  edit(stored: StoredTemplate, body: unknown): { ok: true; value: { success: true } } | { ok: false; refusal: Refusal } {
    const input = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    if (!Array.isArray(input.components)) return { ok: false, refusal: { code: 100, details: 'The parameter components is required.' } };
    const { template } = stored;
    const category = typeof input.category === 'string' ? input.category : template.category;
    const parsed = fromGraphTemplate({ id: stored.id, name: template.name, language: template.language, status: 'PENDING', category, components: input.components as GraphTemplate['components'] });
    if (!parsed) return { ok: false, refusal: { code: 100, details: 'Invalid parameter: the template components or category are not valid.' } };
    const now = this.scheduler.now();
    const decision = decideTemplateEdit({ current: template, next: { ...parsed, status: template.status }, latestStatus: template.status, editTimes: stored.editTimes, now });
    if (!decision.ok) return { ok: false, refusal: editRefusal(decision, template) };
    stored.template = { ...parsed, status: 'PENDING' };
    delete stored.rejectedReason;
    stored.editTimes.push(now);
    this.scheduler.schedule(this.reviewDelayMs, () => this.review(stored));
    return { ok: true, value: { success: true } };
  }

  /** Adds templates the WABA does not hold yet, as already reviewed (their `status`); held ones stay as they are. */
  seed(templates: readonly Template[]): number {
    let added = 0;
    for (const template of templates) {
      if (this.find(template.name, template.language)) continue;
      this.store(template);
      added++;
    }
    return added;
  }

  /** Deletes every language of `name`, or only the one with `hsmId`; false when nothing matched. */
  delete(name: string, hsmId: string | null): boolean {
    let deleted = false;
    for (const [key, stored] of this.byKey) {
      if (stored.template.name === name && (hsmId === null || stored.id === hsmId)) {
        this.byKey.delete(key);
        deleted = true;
      }
    }
    return deleted;
  }

  private store(template: Template): StoredTemplate {
    const stored: StoredTemplate = { id: String(1_000_000_000_000 + this.nextId++), template, editTimes: [] };
    this.byKey.set(templateKey(template.name, template.language), stored);
    return stored;
  }

  private review(stored: StoredTemplate): void {
    if (this.find(stored.template.name, stored.template.language) !== stored) return; // deleted meanwhile
    const problems = reviewProblems(stored.template);
    const approved = problems.length === 0;
    stored.template = { ...stored.template, status: approved ? 'APPROVED' : 'REJECTED' };
    if (!approved) stored.rejectedReason = 'INVALID_FORMAT';
    this.onReview({
      event: approved ? 'APPROVED' : 'REJECTED',
      id: stored.id,
      name: stored.template.name,
      language: stored.template.language,
      reason: approved ? 'NONE' : `INVALID_FORMAT: ${problems.join(' ')}`,
    });
  }
}

/**
 * Meta's answer to an edit it refuses: error 100 (invalid parameter) with a sentence that says
 * which rule and, for the rate limits, when an edit goes through again. Meta documents no
 * subcode of its own for these (and v16+ answers carry none).
 */
function editRefusal(decision: Exclude<ReturnType<typeof decideTemplateEdit>, { ok: true }>, template: Template): Refusal {
  const label = `${template.name} (${template.language})`;
  switch (decision.reason) {
    case 'per-day':
      return { code: 100, details: `An approved message template can be edited once in 24 hours: ${label} can be edited again after ${new Date(decision.retryAt).toISOString()}.` };
    case 'per-30-days':
      return { code: 100, details: `An approved message template can be edited 10 times in 30 days: ${label} can be edited again after ${new Date(decision.retryAt).toISOString()}.` };
    case 'category':
      return { code: 100, details: `The category of an approved message template cannot be edited (${label} is ${template.category}).` };
    case 'in-review':
    case 'status':
      return { code: 100, details: `Only APPROVED, REJECTED or PAUSED message templates can be edited; ${label} is ${template.status}.` };
    case 'unchanged':
      return { code: 100, details: `The edit of ${label} changes nothing.` };
    case 'identity':
      return { code: 100, details: 'The name and language of a message template cannot be edited.' };
  }
}

/** What Meta's review would object to: authoring limits, and placeholders without a sample. */
export function reviewProblems(template: Template): string[] {
  const problems = checkTemplateLimits(template).map((issue) => issue.message);
  const missing = placeholderKeys(template).filter((key) => placeholderValue(template.examples ?? {}, key) === undefined);
  if (missing.length > 0) problems.push(`Every placeholder needs a sample value: ${missing.map((k) => `{{${k}}}`).join(', ')} has none.`);
  return problems;
}

function encodeCursor(index: number): string {
  return Buffer.from(`i:${index}`).toString('base64url');
}

function decodeCursor(cursor: string | null): number {
  if (cursor === null) return 0;
  const match = /^i:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  return match ? Number(match[1]) : 0;
}
