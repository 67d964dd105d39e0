/**
 * Writing an audience as it is imported: the audience row first (hidden while `importing`),
 * then contacts in batches of a few thousand, each batch its own short transaction so no
 * write blocks for long, then the counts that make it visible. A failed or cancelled import
 * is discarded whole: the workspace ends as it was.
 */
import type { Contact } from '../../core/journey';
import { deleteAudience } from './audiences';
import { workspace } from './providers';
import { toContactRow } from './contact-rows';
import type { AudienceRow } from './rows';

export type AudienceTotals = Pick<AudienceRow, 'count' | 'whatsappOptIn' | 'marketingOptIn' | 'attributes'>;

/** Starts an import; returns the new audience's id. */
export async function beginAudienceImport(name: string): Promise<string> {
  const { db, now, newId } = workspace();
  const id = newId();
  await db.audiences.add({ id, name, createdAt: now(), status: 'importing', count: 0, whatsappOptIn: 0, marketingOptIn: 0, attributes: [] });
  return id;
}

/** Adds contacts numbered from `firstSeq` (the number of contacts written before them). */
export async function appendContacts(audienceId: string, firstSeq: number, contacts: readonly Contact[]): Promise<void> {
  await workspace().db.contacts.bulkAdd(contacts.map((contact, index) => toContactRow(contact, audienceId, firstSeq + index)));
}

/** Makes the audience visible with its totals. */
export async function finishAudienceImport(audienceId: string, totals: AudienceTotals): Promise<void> {
  await workspace().db.audiences.update(audienceId, { ...totals, status: 'ready' });
}

/** Removes an import that failed or was cancelled, with what it had written. */
export async function discardAudienceImport(audienceId: string): Promise<void> {
  await deleteAudience(audienceId);
}
