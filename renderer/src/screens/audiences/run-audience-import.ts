/**
 * One audience CSV import, from the file to the database: core parseAudienceCsvChunks reads
 * the file as a stream, good rows are written in batches of a few thousand, bad rows are
 * kept (the first few hundred) with their line numbers. It runs in a Web Worker in the app;
 * a failure at any point discards what was written, so the workspace ends as it was.
 */
import { parseAudienceCsvChunks } from '../../../../core/audience';
import type { AudienceError, ColumnMapping } from '../../../../core/audience';
import { appendContacts, beginAudienceImport, discardAudienceImport, finishAudienceImport } from '../../../db';
import { attributeColumns } from '../../workspace/attribute-columns';
import { readFileText } from '../../workspace/download';

export type AudienceImportRequest = { file: Blob; name: string; mapping: ColumnMapping };
export type AudienceImportProgress = { fraction: number; contacts: number; errors: number };
export type AudienceImportOutcome =
  | { ok: true; audienceId: string; contacts: number; skipped: number; errors: AudienceError[]; errorCount: number }
  /** `reason`: why no row could be imported (the first problem), said in the interface's language; `message` is the English. */
  | { ok: false; message: string; reason?: AudienceError | 'noContacts'; errors: AudienceError[]; errorCount: number };

/** Contacts per write: big enough to amortise a transaction, small enough to stay a short task. */
export const WRITE_BATCH = 5000;
/** Row errors kept to show; the rest are counted. */
export const SHOWN_ERRORS = 500;

export async function runAudienceImport(request: AudienceImportRequest, onProgress: (progress: AudienceImportProgress) => void): Promise<AudienceImportOutcome> {
  const audienceId = await beginAudienceImport(request.name);
  const errors: AudienceError[] = [];
  let errorCount = 0;
  let written = 0;
  let whatsappOptIn = 0;
  let marketingOptIn = 0;
  let writing: Promise<void> = Promise.resolve();

  // The next piece of the file is read only once the previous batches are written: memory
  // holds one piece and its batches, whatever the file's size.
  async function* pieces(): AsyncGenerator<string> {
    for await (const piece of textPieces(request.file)) {
      await writing;
      yield piece;
    }
  }

  try {
    const summary = await parseAudienceCsvChunks(pieces(), {
      mapping: request.mapping,
      batchSize: WRITE_BATCH,
      totalChars: request.file.size,
      onChunk: (batch) => {
        errorCount += batch.errors.length;
        errors.push(...batch.errors.slice(0, Math.max(0, SHOWN_ERRORS - errors.length)));
        if (batch.contacts.length === 0) return;
        const first = written;
        written += batch.contacts.length;
        for (const contact of batch.contacts) {
          if (contact.whatsappOptIn) whatsappOptIn++;
          if (contact.marketingOptIn) marketingOptIn++;
        }
        writing = writing.then(() => appendContacts(audienceId, first, batch.contacts));
      },
      onProgress: (progress) => onProgress({ fraction: progress.fraction ?? 0, contacts: progress.contacts, errors: progress.errors }),
    });
    await writing;
    if (summary.contacts === 0) {
      await discardAudienceImport(audienceId);
      return { ok: false, message: errors[0]?.message ?? 'no contact in the file', reason: errors[0] ?? 'noContacts', errors, errorCount };
    }
    await finishAudienceImport(audienceId, { count: written, whatsappOptIn, marketingOptIn, attributes: attributeColumns(summary.columns, request.mapping) });
    onProgress({ fraction: 1, contacts: written, errors: errorCount });
    return { ok: true, audienceId, contacts: written, skipped: summary.skipped, errors, errorCount };
  } catch (error) {
    await writing.catch(() => undefined);
    await discardAudienceImport(audienceId);
    return { ok: false, message: error instanceof Error ? error.message : String(error), errors, errorCount };
  }
}

/** The file as decoded text pieces: streamed where the platform can, else read whole. */
async function* textPieces(file: Blob): AsyncGenerator<string> {
  if (typeof file.stream === 'function' && typeof TextDecoderStream === 'function') {
    const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  }
  yield await readFileText(file);
}
