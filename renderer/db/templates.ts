/**
 * The template library, with revisions as Meta keeps them: an approved template is never
 * changed in place. Editing one makes a new revision that goes back to review (PENDING)
 * while journeys go on using the approved revision until the new one is approved.
 */
import { Template } from '../../core/whatsapp/template';
import { workspace } from './providers';
import { readRow, readRows } from './read';
import { TemplateRow, type TemplateReview } from './rows';

export type StoredTemplate = { template: Template; revision: number; savedAt: number; review?: TemplateReview };

export const stored = (row: TemplateRow): StoredTemplate =>
  row.review ? { template: row.template, revision: row.revision, savedAt: row.savedAt, review: row.review } : { template: row.template, revision: row.revision, savedAt: row.savedAt };

/**
 * The templates journeys use: per name and language, the newest APPROVED revision, else the
 * newest revision (a draft or one in review). Ordered by name, then language.
 */
export async function listTemplates(): Promise<Template[]> {
  return (await listTemplateEntries()).map((entry) => entry.template);
}

/** A template as the library lists it: the revision journeys use, and the newest revision (maybe the same). */
export type TemplateEntry = { template: Template; revision: number; latest: StoredTemplate };

/** Every template with the revision journeys use (see {@link listTemplates}) and its newest revision. */
export async function listTemplateEntries(): Promise<TemplateEntry[]> {
  const rows = readRows(TemplateRow, 'templates', await workspace().db.templates.orderBy('[name+language+revision]').toArray());
  const chosen = new Map<string, { used: TemplateRow; latest: TemplateRow }>();
  for (const row of rows) {
    const key = `${row.name}\u0000${row.language}`;
    const held = chosen.get(key);
    // Rows come oldest revision first: a later one wins unless it would displace an approved one.
    const used = !held || row.template.status === 'APPROVED' || held.used.template.status !== 'APPROVED' ? row : held.used;
    chosen.set(key, { used, latest: row });
  }
  return [...chosen.values()].map(({ used, latest }) => ({ template: used.template, revision: used.revision, latest: stored(latest) }));
}

/** Every revision of one template, newest first. */
export async function listTemplateRevisions(name: string, language: string): Promise<StoredTemplate[]> {
  const rows = await revisionsOf(name, language).reverse().toArray();
  return readRows(TemplateRow, 'templates', rows).map(stored);
}

export function revisionsOf(name: string, language: string) {
  return workspace().db.templates.where('[name+language+revision]').between([name, language, 0], [name, language, Infinity]);
}

/** Everything but the status: what a review at Meta looks at. */
function content(template: Template): string {
  const { status: _status, ...rest } = template;
  return JSON.stringify(rest);
}

/**
 * Saves a template. A new one starts at revision 1. Changing the content of an APPROVED
 * revision adds a revision with status PENDING (back to review); a change of status alone,
 * or any change to a revision not yet approved, is written in place.
 */
export async function saveTemplate(template: Template): Promise<StoredTemplate> {
  const valid = Template.parse(template);
  const { db, now } = workspace();
  return db.transaction('rw', db.templates, async () => {
    const latest = await revisionsOf(valid.name, valid.language).last();
    const savedAt = now();
    if (latest && latest.template.status === 'APPROVED' && content(latest.template) !== content(valid)) {
      return putTemplateRevision({ ...valid, status: 'PENDING' }, latest.revision + 1, savedAt);
    }
    if (latest && JSON.stringify(latest.template) === JSON.stringify(valid)) return stored(readRow(TemplateRow, 'templates', [valid.name, valid.language], latest));
    // A change of status alone keeps the record of where the revision is reviewed; new content was never sent.
    const review = latest && content(latest.template) === content(valid) ? latest.review : undefined;
    return putTemplateRevision(valid, latest?.revision ?? 1, savedAt, review);
  });
}

/**
 * Saves several templates as one change (an import): every template is checked first, and a
 * failure of any write undoes the others, so the library is either updated whole or unchanged.
 */
export async function saveTemplates(templates: readonly Template[]): Promise<StoredTemplate[]> {
  const valid = templates.map((template, i) => {
    const parsed = Template.safeParse(template);
    if (!parsed.success) throw new Error(`template ${i + 1} (${describeTemplate(template)}): ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return parsed.data;
  });
  const { db } = workspace();
  // saveTemplate's own transaction joins this one, so all the writes commit or abort together.
  return db.transaction('rw', db.templates, async () => {
    const saved: StoredTemplate[] = [];
    for (const template of valid) saved.push(await saveTemplate(template));
    return saved;
  });
}

function describeTemplate(template: unknown): string {
  const { name, language } = (typeof template === 'object' && template !== null ? template : {}) as { name?: unknown; language?: unknown };
  return `${typeof name === 'string' ? name : '?'}/${typeof language === 'string' ? language : '?'}`;
}

/** Writes one revision of a template as its row (inside the caller's transaction, if any). */
export async function putTemplateRevision(template: Template, revision: number, savedAt: number, review?: TemplateReview): Promise<StoredTemplate> {
  const row: TemplateRow = { name: template.name, language: template.language, revision, template, savedAt };
  if (template.businessUnit !== undefined) row.businessUnit = template.businessUnit;
  if (review) row.review = review;
  await workspace().db.templates.put(row);
  return stored(row);
}

/** Removes a template and all its revisions. */
export async function deleteTemplate(name: string, language: string): Promise<void> {
  await revisionsOf(name, language).delete();
}
