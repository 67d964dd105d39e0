/**
 * Version 1 to 2: the data migration. It runs inside Dexie's upgrade transaction, so either
 * all of it happens or the database stays at version 1. Contacts are walked with cursors,
 * never loaded as a table: an audience of a million contacts upgrades in bounded memory.
 */
import type { Transaction } from 'dexie';
import { inboundMs } from './contact-rows';
import type { AudienceRow, ContactRow, JourneyRevisionRow, JourneyRow } from './rows';
import type { AudienceRowV1, JourneyRowV1 } from './schema-v1';

/** The message of the revision made for a version-1 journey that had none. */
export const UPGRADE_REVISION_MESSAGE = 'upgrade-v2';

export async function upgradeToV2(tx: Transaction, now: number): Promise<void> {
  await numberJourneyRevisions(tx, now);
  await stampLastInbound(tx);
  await summarizeAudiences(tx);
}

/** Journeys learn their current revision; one with no revision gets its first, so it can be restored. */
async function numberJourneyRevisions(tx: Transaction, now: number): Promise<void> {
  const latest = new Map<string, number>();
  await tx.table<JourneyRevisionRow>('journeyRevisions').each((row) => {
    latest.set(row.journeyId, Math.max(latest.get(row.journeyId) ?? 0, row.revision));
  });
  const firstRevisions: JourneyRevisionRow[] = [];
  await tx.table<JourneyRowV1 & Partial<JourneyRow>>('journeys').toCollection().modify((row) => {
    const revision = latest.get(row.id);
    if (revision !== undefined) {
      row.revision = revision;
      return;
    }
    row.revision = 1;
    firstRevisions.push({ journeyId: row.id, revision: 1, journey: row.journey as JourneyRow['journey'], savedAt: now, message: UPGRADE_REVISION_MESSAGE });
  });
  await tx.table<JourneyRevisionRow>('journeyRevisions').bulkAdd(firstRevisions);
}

/** The new `[audienceId+lastInboundMs]` index needs the time as a number (ISO strings with offsets do not sort). */
async function stampLastInbound(tx: Transaction): Promise<void> {
  await tx.table<ContactRow>('contacts').toCollection().modify((row) => {
    const ms = inboundMs(row.lastInboundAt);
    if (ms !== undefined) row.lastInboundMs = ms;
  });
}

/** Audiences keep their consent counts and attribute names, so listing them reads no contact. */
async function summarizeAudiences(tx: Transaction): Promise<void> {
  const audiences = tx.table<AudienceRowV1 & Partial<AudienceRow>>('audiences');
  const ids = (await audiences.toCollection().primaryKeys()) as string[];
  for (const id of ids) {
    let count = 0;
    let whatsappOptIn = 0;
    let marketingOptIn = 0;
    const attributes = new Set<string>();
    await tx
      .table<ContactRow>('contacts')
      .where('[audienceId+seq]')
      .between([id, -Infinity], [id, Infinity])
      .each((contact) => {
        count++;
        if (contact.whatsappOptIn) whatsappOptIn++;
        if (contact.marketingOptIn) marketingOptIn++;
        for (const name of Object.keys(contact.attributes ?? {})) attributes.add(name);
      });
    await audiences.update(id, { status: 'ready', count, whatsappOptIn, marketingOptIn, attributes: [...attributes] });
  }
}
