/**
 * Reading an audience CSV (see the spec's "Audience CSV"): whole, for files that fit in
 * memory, or piece by piece with progress, for 100,000-contact files read in a worker.
 */
import { CsvRowReader } from './csv-reader';
import { AudienceImporter } from './importer';
import type { AudienceBatch, AudienceCsvOptions, AudienceCsvResult } from './types';

/**
 * Parses a whole audience CSV. Bad rows are reported with their file line (the header is
 * line 1) and skipped; good rows become contacts; a later row repeating a phone is reported.
 * A missing `phone` column is a file-level error on line 1 and no row is read. Never throws.
 */
export function parseAudienceCsv(text: string, options: AudienceCsvOptions = {}): AudienceCsvResult {
  const importer = new AudienceImporter(options);
  const reader = new CsvRowReader(options.delimiter);
  const out: AudienceBatch = { contacts: [], errors: [] };
  const onRow = (row: Parameters<AudienceImporter['accept']>[0]) => importer.accept(row, out);
  reader.push(typeof text === 'string' ? text : '', onRow);
  reader.finish(onRow);
  importer.end(out);
  return { ...out, columns: importer.columns };
}

/** How far a chunked import has got. `fraction` is known when the total size is. */
export type AudienceProgress = {
  charsRead: number;
  totalChars?: number;
  fraction?: number;
  rows: number;
  skipped: number;
  contacts: number;
  errors: number;
};

/** What a chunked import ends with; the contacts and errors went to `onChunk`. */
export type AudienceCsvSummary = { columns: string[]; rows: number; skipped: number; contacts: number; errors: number };

export type AudienceChunkOptions = AudienceCsvOptions & {
  /** Called with each batch of about `batchSize` contacts and errors, in file order. */
  onChunk?: (batch: AudienceBatch) => void;
  /** Called after each piece of input is read. */
  onProgress?: (progress: AudienceProgress) => void;
  /** Contacts plus errors per batch (default 1,000). */
  batchSize?: number;
  /** Size of the whole input in characters, for `fraction` when reading a stream. */
  totalChars?: number;
  /** Characters per piece when the input is a string (default 1,000,000). */
  pieceChars?: number;
};

/**
 * Parses an audience CSV given as a string, or as pieces of text from a (possibly async)
 * iterable such as a decoded file stream. Results arrive through `onChunk` in batches;
 * progress through `onProgress`. Same rules and errors as {@link parseAudienceCsv}.
 */
export async function parseAudienceCsvChunks(
  input: string | Iterable<string> | AsyncIterable<string>,
  options: AudienceChunkOptions = {},
): Promise<AudienceCsvSummary> {
  const importer = new AudienceImporter(options);
  const reader = new CsvRowReader(options.delimiter);
  const batchSize = Math.max(1, options.batchSize ?? 1000);
  const totalChars = typeof input === 'string' ? input.length : options.totalChars;
  let out: AudienceBatch = { contacts: [], errors: [] };
  let charsRead = 0;

  const flush = (force: boolean) => {
    if (out.contacts.length + out.errors.length === 0) return;
    if (!force && out.contacts.length + out.errors.length < batchSize) return;
    const batch = out;
    out = { contacts: [], errors: [] };
    options.onChunk?.(batch);
  };
  const onRow = (row: Parameters<AudienceImporter['accept']>[0]) => {
    importer.accept(row, out);
    flush(false);
  };
  const progress = () => {
    const fraction = totalChars ? Math.min(1, charsRead / totalChars) : undefined;
    options.onProgress?.({
      charsRead, rows: importer.rows, skipped: importer.skipped, contacts: importer.contacts, errors: importer.errors,
      ...(totalChars !== undefined ? { totalChars } : {}),
      ...(fraction !== undefined ? { fraction } : {}),
    });
  };

  for await (const piece of pieces(input, options.pieceChars ?? 1_000_000)) {
    reader.push(piece, onRow);
    charsRead += piece.length;
    progress();
  }
  reader.finish(onRow);
  importer.end(out);
  flush(true);
  const { columns, rows, skipped, contacts, errors } = importer;
  return { columns, rows, skipped, contacts, errors };
}

async function* pieces(input: string | Iterable<string> | AsyncIterable<string>, size: number): AsyncGenerator<string> {
  if (typeof input === 'string') {
    for (let i = 0; i < input.length; i += Math.max(1, size)) yield input.slice(i, i + Math.max(1, size));
    return;
  }
  for await (const piece of input) yield piece;
}
