/**
 * Audiences and their contacts. Contacts are only ever read by index range (a page, a
 * count), never as a table: an audience may hold a million of them.
 */
import Dexie from 'dexie';
import type { ConsentSummary } from '../../core/audience';
import type { Contact } from '../../core/journey';
import { workspace } from './providers';
import { readRow, readRows } from './read';
import { AudienceRow, ContactRow } from './rows';

export type AudienceSummary = { id: string; name: string; count: number; attributes: string[]; consent: ConsentSummary; createdAt: number };

/** The customer service window: a contact who wrote in the last 24 hours may get free-form messages. */
const WINDOW_MS = 24 * 60 * 60 * 1000;

function contactsOf(audienceId: string) {
  return workspace().db.contacts.where('[audienceId+seq]').between([audienceId, Dexie.minKey], [audienceId, Dexie.maxKey]);
}

/** Contacts whose window is open at `at` (inbound less than 24 hours before it), by index count. */
function openWindows(audienceId: string, at: number): Promise<number> {
  return workspace().db.contacts.where('[audienceId+lastInboundMs]').between([audienceId, at - WINDOW_MS], [audienceId, at], false, true).count();
}

async function summarize(row: AudienceRow, at: number): Promise<AudienceSummary> {
  const consent: ConsentSummary = {
    total: row.count,
    whatsappOptIn: row.whatsappOptIn,
    marketingOptIn: row.marketingOptIn,
    openWindows: await openWindows(row.id, at),
  };
  return { id: row.id, name: row.name, count: row.count, attributes: row.attributes, consent, createdAt: row.createdAt };
}

/** Audiences ready for use, newest first, with their consent summary now. */
export async function listAudiences(): Promise<AudienceSummary[]> {
  const { db, now } = workspace();
  const rows = readRows(AudienceRow, 'audiences', await db.audiences.orderBy('createdAt').reverse().toArray());
  const at = now();
  return Promise.all(rows.filter((row) => row.status === 'ready').map((row) => summarize(row, at)));
}

export async function getAudience(id: string): Promise<AudienceSummary | undefined> {
  const { db, now } = workspace();
  const row = await db.audiences.get(id);
  if (!row) return undefined;
  const valid = readRow(AudienceRow, 'audiences', id, row);
  return valid.status === 'ready' ? summarize(valid, now()) : undefined;
}

/** Contacts `offset` to `offset + limit - 1` in file order: one index range. */
export async function getContactsPage(audienceId: string, offset: number, limit: number): Promise<Contact[]> {
  const rows = await workspace()
    .db.contacts.where('[audienceId+seq]')
    .between([audienceId, offset], [audienceId, offset + limit], true, false)
    .toArray();
  return readRows(ContactRow, 'contacts', rows).map(({ audienceId: _a, seq: _s, lastInboundMs: _l, ...contact }) => contact);
}

/** Removes an audience and its contacts. */
export async function deleteAudience(id: string): Promise<void> {
  const { db } = workspace();
  await db.transaction('rw', db.audiences, db.contacts, async () => {
    await contactsOf(id).delete();
    await db.audiences.delete(id);
  });
}

/** Imports a crash or a closed window interrupted: their contacts are removed at start-up. */
export async function removeInterruptedImports(): Promise<number> {
  const ids = (await workspace().db.audiences.filter((row) => row.status === 'importing').primaryKeys()) as string[];
  for (const id of ids) await deleteAudience(id);
  return ids.length;
}
