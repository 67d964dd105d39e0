/**
 * Saving an authored template under Meta's revision rule: new templates start as drafts,
 * drafts change in place, and edits of reviewed templates go through core's decideTemplateEdit
 * (back to review as PENDING). Sending to review is a separate step (TemplateSubmit), since
 * it needs a channel. Storage is passed in, so the rule is tested without a database.
 */
import { decideTemplateEdit, editTimesOf, type TemplateEditRefusal } from '../../../../core/whatsapp/template-edits';
import type { Template } from '../../../../core/whatsapp/template';

export interface TemplateStore {
  /** Every revision of one template, newest first. */
  listRevisions(name: string, language: string): Promise<readonly { template: Template }[]>;
  save(template: Template): Promise<unknown>;
}

export type SaveOutcome = { ok: true; status: Template['status'] } | TemplateEditRefusal;

/** Saves `next`, a new template when `current` is undefined, else an edit of `current` (the revision journeys use). */
export async function saveAuthoredTemplate(store: TemplateStore, current: Template | undefined, next: Template, now: number): Promise<SaveOutcome> {
  if (!current || current.status === 'DRAFT') {
    if (current && (next.name !== current.name || next.language !== current.language)) return { ok: false, reason: 'identity' };
    await store.save({ ...next, status: 'DRAFT' });
    return { ok: true, status: 'DRAFT' };
  }
  const revisions = await store.listRevisions(current.name, current.language);
  const decision = decideTemplateEdit({
    current,
    next,
    latestStatus: revisions[0]?.template.status ?? current.status,
    editTimes: editTimesOf(revisions.map((r) => r.template)),
    now,
  });
  if (!decision.ok) return decision;
  await store.save(decision.template);
  return { ok: true, status: decision.template.status };
}
