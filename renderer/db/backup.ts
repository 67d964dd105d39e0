/**
 * The whole workspace to one file and back (dexie-export-import's JSON format). A restore
 * replaces everything, so it is all or nothing: the file is recognised first, then the
 * tables are cleared and refilled inside one transaction in which every row is checked with
 * its schema. A damaged row aborts the transaction and the workspace stays exactly as it was.
 */
import Dexie from 'dexie';
import { exportDB, importInto, peakImportFile } from 'dexie-export-import';
import type { DexieExportJsonMeta } from 'dexie-export-import';
import { workspace } from './providers';
import { rowSchemas } from './rows';
import type { TableName } from './rows';

export type RestoreFailure = 'not-a-backup' | 'other-version' | 'damaged';
export type RestoreOutcome = { ok: true; rows: number } | { ok: false; reason: RestoreFailure; detail: string };

/** The MIME type and file suffix of a workspace backup. */
export const BACKUP_MIME = 'application/json';
export const BACKUP_SUFFIX = '.wajourney-backup.json';

/** Every table, contacts included, as one JSON blob written in chunks. */
export function exportWorkspace(): Promise<Blob> {
  return exportDB(workspace().db, { numRowsPerChunk: 5000 });
}

/** A restore that takes longer than this (a huge backup on a slow disk) is abandoned whole. */
const RESTORE_TIMEOUT_MS = 10 * 60 * 1000;

class DamagedRow extends Error {}

const isTable = (name: string): name is TableName => Object.hasOwn(rowSchemas, name);

/** Replaces the workspace with a backup, or leaves it untouched and says why not. */
export async function restoreWorkspace(file: Blob): Promise<RestoreOutcome> {
  const { db } = workspace();
  let meta: DexieExportJsonMeta;
  try {
    meta = await peakImportFile(file);
  } catch (error) {
    return { ok: false, reason: 'not-a-backup', detail: describe(error) };
  }
  if (meta.formatName !== 'dexie' || typeof meta.data?.databaseVersion !== 'number' || !Array.isArray(meta.data.tables)) {
    return { ok: false, reason: 'not-a-backup', detail: 'the file is not a workspace backup' };
  }
  const foreign = meta.data.tables.map((table) => table.name).filter((name) => !isTable(name));
  if (foreign.length > 0) return { ok: false, reason: 'not-a-backup', detail: `unknown tables: ${foreign.join(', ')}` };
  if (meta.data.databaseVersion !== db.verno) {
    return { ok: false, reason: 'other-version', detail: `backup of schema version ${meta.data.databaseVersion}, this app uses ${db.verno}` };
  }
  let rows = 0;
  const check = (table: string, value: unknown): boolean => {
    const parsed = isTable(table) ? rowSchemas[table].safeParse(value) : undefined;
    if (!parsed?.success) throw new DamagedRow(`a damaged row in ${table}: ${parsed?.error.issues[0]?.message ?? 'unknown table'}`);
    rows++;
    return true;
  };
  try {
    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) await table.clear();
      // The file is read with FileReader between writes; waitFor keeps the transaction alive meanwhile.
      await Dexie.waitFor(importInto(db, file, { noTransaction: true, acceptNameDiff: true, filter: check }), RESTORE_TIMEOUT_MS);
    });
  } catch (error) {
    return { ok: false, reason: 'damaged', detail: describe(error) };
  }
  return { ok: true, rows };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
