/**
 * Templates and their review at Meta: a revision sent for review to a channel's WhatsApp
 * account, and the statuses a template sync brings back merged into the library. Only the
 * status, Meta's category decision and the review record change in place: content never does,
 * so an approved revision stays as it was approved and local edits are never overwritten.
 */
import type { Channel } from '../../core/journey/channel';
import { Template, TemplateCategory, TemplateStatus } from '../../core/whatsapp/template';
import { workspace } from './providers';
import { readRow, readRows } from './read';
import { TemplateRow, type TemplateReview } from './rows';
import { putTemplateRevision, revisionsOf, stored, type StoredTemplate } from './templates';

/** What Meta answered to a submission. */
export type SubmissionAnswer = { id: string; status: string; category?: string | undefined };

/** Meta's word for a status, as the app names it (an unknown word means still in review). */
function statusOf(word: string): TemplateStatus {
  const parsed = TemplateStatus.safeParse(word.toUpperCase());
  return parsed.success ? parsed.data : 'PENDING';
}

/** A revision waiting to be sent: a draft, or an edit put back to review that no channel has seen yet. */
export function awaitsSubmission(revision: Pick<StoredTemplate, 'template' | 'review'>): boolean {
  return revision.template.status === 'DRAFT' || (revision.template.status === 'PENDING' && revision.review === undefined);
}

/**
 * Records that revision `revision` of a template was sent to `channelId` for review and what
 * Meta answered: its id, the status (PENDING, or a decision already made) and the category
 * Meta assigned, which may differ from the one asked for.
 */
export async function recordSubmission(name: string, language: string, revision: number, channelId: string, answer: SubmissionAnswer): Promise<StoredTemplate> {
  const { db, now } = workspace();
  return db.transaction('rw', db.templates, async () => {
    const raw = await db.templates.get([name, language, revision]);
    if (!raw) throw new Error(`no revision ${revision} of template ${name} (${language})`);
    const row = readRow(TemplateRow, 'templates', [name, language, revision], raw);
    const category = TemplateCategory.safeParse(answer.category);
    const template: Template = { ...row.template, status: statusOf(answer.status), ...(category.success ? { category: category.data } : {}) };
    const updated: TemplateRow = { ...row, template, savedAt: now(), review: { channelId, id: answer.id, submittedAt: now() } };
    await db.templates.put(updated);
    return stored(updated);
  });
}

export type StatusChange = { name: string; language: string; revision: number; from: TemplateStatus; to: TemplateStatus; reason?: string };

/** What a merge did: statuses changed, templates the library did not have, and how many it left alone. */
export type StatusMerge = { changed: StatusChange[]; added: { name: string; language: string; status: TemplateStatus }[]; unchanged: number; drafts: number };

/** Meta's rejection reason, when a synced template carries one. */
function reasonOf(template: Template): string | undefined {
  const reason = template.rejectedReason ?? template.rejected_reason ?? template.reason;
  return typeof reason === 'string' && reason !== '' && reason !== 'NONE' ? reason : undefined;
}

/** Meta's id for a synced template (`templates:sync` carries it as `metaId`). */
function metaIdOf(template: Template): string | undefined {
  return typeof template.metaId === 'string' && template.metaId !== '' ? template.metaId : undefined;
}

/**
 * Which local revision a status from `channel` is about: the newest one sent to that channel;
 * failing that (templates that came with the workspace or an import), the newest that is
 * neither a draft nor an edit still waiting to be sent.
 */
function targetOf(rows: readonly TemplateRow[], channelId: string): TemplateRow | undefined {
  const sent = rows.filter((row) => row.review?.channelId === channelId).at(-1);
  if (sent) return sent;
  return rows.filter((row, i) => row.template.status !== 'DRAFT' && !(i > 0 && awaitsSubmission(row))).at(-1);
}

/**
 * Merges the templates a sync of `channel` returned, in one transaction. A known template
 * takes Meta's status (and rejection reason) on the revision it is about; a template the
 * library lacks is added with the channel's business unit; drafts are left alone.
 */
export async function mergeTemplateStatuses(channel: Pick<Channel, 'id' | 'businessUnit'>, synced: readonly Template[]): Promise<StatusMerge> {
  const { db, now } = workspace();
  return db.transaction('rw', db.templates, async () => {
    const merge: StatusMerge = { changed: [], added: [], unchanged: 0, drafts: 0 };
    for (const incoming of synced) {
      const reason = incoming.status === 'REJECTED' ? reasonOf(incoming) : undefined;
      const rows = readRows(TemplateRow, 'templates', await revisionsOf(incoming.name, incoming.language).toArray());
      if (rows.length === 0) {
        const metaId = metaIdOf(incoming);
        await putTemplateRevision(fromMeta(incoming, channel), 1, now(), { channelId: channel.id, ...(metaId ? { id: metaId } : {}), ...(reason ? { reason } : {}) });
        merge.added.push({ name: incoming.name, language: incoming.language, status: incoming.status });
        continue;
      }
      const target = targetOf(rows, channel.id);
      if (!target) {
        merge.drafts++;
        continue;
      }
      const review: TemplateReview = { ...(target.review ?? { channelId: channel.id }) };
      delete review.reason;
      if (reason) review.reason = reason;
      // Meta's id for the template, so that a later edit of it goes to POST /{id} (kept on this channel's review only).
      const metaId = metaIdOf(incoming);
      if (metaId && review.channelId === channel.id) review.id = metaId;
      if (target.template.status === incoming.status && target.review?.reason === reason) {
        // Only Meta's id may be new: recorded, not counted as a change.
        if (target.review?.id !== review.id) await db.templates.put({ ...target, review });
        merge.unchanged++;
        continue;
      }
      await db.templates.put({ ...target, template: { ...target.template, status: incoming.status }, review, savedAt: now() });
      merge.changed.push({
        name: target.name, language: target.language, revision: target.revision, from: target.template.status, to: incoming.status, ...(reason ? { reason } : {}),
      });
    }
    return merge;
  });
}

/** A template the library lacks, as a sync of `channel` returned it, without Meta's review fields. */
function fromMeta(incoming: Template, channel: Pick<Channel, 'businessUnit'>): Template {
  // Meta's templates carry no business unit: they take the channel's, so its journeys may use them.
  const { rejectedReason: _a, rejected_reason: _b, reason: _c, metaId: _d, ...rest } = incoming;
  return Template.parse(channel.businessUnit ? { ...rest, businessUnit: channel.businessUnit } : rest);
}
