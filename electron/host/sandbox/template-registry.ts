/**
 * The sandbox WABA's message templates: listing with cursor paging, creation with review by
 * rule after a delay (core checkTemplateLimits, plus Meta's demand of a sample value for every
 * placeholder), and deletion by name or by name and id. Review outcomes are announced with a
 * `message_template_status_update` webhook, as Meta does.
 */
import { checkTemplateLimits, placeholderKeys, placeholderValue, templateKey, type Template } from '../../../core/whatsapp';
import type { GraphTemplate } from '../meta/cloud-api-types';
import { fromGraphTemplate, toGraphTemplate } from '../meta/template-wire';
import type { Scheduler } from './clock';

export interface StoredTemplate {
  id: string;
  template: Template;
  rejectedReason?: string;
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
    const stored: StoredTemplate = { id: String(1_000_000_000_000 + this.nextId++), template };
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
