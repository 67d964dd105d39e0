/**
 * Journeys and their revisions. Every save that changes a journey keeps a revision, so the
 * editor can browse, compare and restore them; a save that changes nothing keeps none, so
 * autosave does not bury real revisions under copies.
 */
import { Journey } from '../../core/journey';
import { workspace } from './providers';
import { readRow, readRows } from './read';
import { JourneyRevisionRow, JourneyRow } from './rows';

export type StoredJourney = { journey: Journey; updatedAt: number; revision: number };
export type JourneyRevisionInfo = { journeyId: string; revision: number; savedAt: number; message?: string };
export type JourneyRevision = JourneyRevisionInfo & { journey: Journey };
/** What {@link deleteJourney} removed, for {@link restoreJourney} to put back (undo). */
export type DeletedJourney = { row: JourneyRow; revisions: JourneyRevisionRow[] };

const stored = (row: JourneyRow): StoredJourney => ({ journey: row.journey, updatedAt: row.updatedAt, revision: row.revision });

export async function getJourney(id: string): Promise<StoredJourney | undefined> {
  const row = await workspace().db.journeys.get(id);
  return row === undefined ? undefined : stored(readRow(JourneyRow, 'journeys', id, row));
}

/** Every journey, the most recently edited first. */
export async function listJourneys(): Promise<StoredJourney[]> {
  const rows = await workspace().db.journeys.orderBy('updatedAt').reverse().toArray();
  return readRows(JourneyRow, 'journeys', rows).map(stored);
}

/**
 * Writes the journey and keeps a revision of it, in one transaction. The journey is checked
 * with the core schema first: saving an invalid model is a programmer error and throws.
 */
export async function saveJourney(journey: Journey, opts: { message?: string } = {}): Promise<StoredJourney> {
  const valid = Journey.parse(journey);
  const { db, now } = workspace();
  return db.transaction('rw', db.journeys, db.journeyRevisions, async () => {
    const current = await db.journeys.get(valid.id);
    if (current && JSON.stringify(current.journey) === JSON.stringify(valid)) return stored(current);
    const row: JourneyRow = { id: valid.id, journey: valid, updatedAt: now(), revision: (current?.revision ?? 0) + 1 };
    const revision: JourneyRevisionRow = { journeyId: row.id, revision: row.revision, journey: valid, savedAt: row.updatedAt };
    if (opts.message !== undefined) revision.message = opts.message;
    await db.journeys.put(row);
    await db.journeyRevisions.add(revision);
    return stored(row);
  });
}

/** A journey's revisions, newest first, without their content (see {@link getRevision}). */
export async function listRevisions(journeyId: string): Promise<JourneyRevisionInfo[]> {
  const rows = await workspace()
    .db.journeyRevisions.where('[journeyId+revision]')
    .between([journeyId, 0], [journeyId, Infinity])
    .reverse()
    .toArray();
  return readRows(JourneyRevisionRow, 'journeyRevisions', rows).map(({ journeyId: id, revision, savedAt, message }) =>
    message === undefined ? { journeyId: id, revision, savedAt } : { journeyId: id, revision, savedAt, message },
  );
}

export async function getRevision(journeyId: string, revision: number): Promise<JourneyRevision | undefined> {
  const row = await workspace().db.journeyRevisions.get([journeyId, revision]);
  return row === undefined ? undefined : readRow(JourneyRevisionRow, 'journeyRevisions', [journeyId, revision], row);
}

/** Removes a journey and its revisions; returns them so an Undo can put them back. */
export async function deleteJourney(id: string): Promise<DeletedJourney | undefined> {
  const { db } = workspace();
  return db.transaction('rw', db.journeys, db.journeyRevisions, async () => {
    const row = await db.journeys.get(id);
    if (!row) return undefined;
    const range = db.journeyRevisions.where('[journeyId+revision]').between([id, 0], [id, Infinity]);
    const revisions = await range.toArray();
    await range.delete();
    await db.journeys.delete(id);
    return { row, revisions };
  });
}

/** Undoes {@link deleteJourney}: the journey comes back with its revisions and its dates. */
export async function restoreJourney(deleted: DeletedJourney): Promise<void> {
  const { db } = workspace();
  await db.transaction('rw', db.journeys, db.journeyRevisions, async () => {
    await db.journeys.put(deleted.row);
    await db.journeyRevisions.bulkPut(deleted.revisions);
  });
}
