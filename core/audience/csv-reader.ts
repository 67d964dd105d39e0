/**
 * CSV text, given whole or in pieces, to rows that know the file line they start on.
 *
 * papaparse's low-level `Parser` does the quoting; around it we keep what its high-level API
 * does not give us: the line number of every row (a quoted field may hold line breaks, so
 * rows and lines differ) and incremental input from any source, so the same code serves a
 * string in a test and a 100,000-row file streamed in a worker. Only papaparse's pure parser
 * is used: no workers, files or network.
 */
import Papa from 'papaparse';
import type { AudienceReason } from './reasons';
import { audienceReason } from './reasons';

/** One row of fields, or a row too malformed to use (`error` set). */
export type CsvRow = { line: number; fields: string[]; error?: AudienceReason };

/**
 * A row still open after this many characters is a runaway quote, not a contact: without the
 * cap, an unclosed quote early in a big file would make every later piece re-read the rest.
 */
export const MAX_ROW_CHARS = 1_000_000;
const DELIMITERS = [',', ';', '\t', '|'];

type PapaRow = { data: string[][]; errors: { message: string }[]; meta: { cursor: number } };

/** Incremental CSV reader: `push` pieces of text, then `finish`; rows go to the callback. */
export class CsvRowReader {
  private buffer = '';
  private line = 1;
  private started = false;
  private stopped = false;
  private delimiter: string | undefined;
  private newline: '\n' | '\r\n' | '\r' | undefined;

  constructor(delimiter?: string) {
    this.delimiter = delimiter || undefined;
  }

  /** Adds text; every row completed by it is passed to `onRow`, in order. */
  push(text: string, onRow: (row: CsvRow) => void): void {
    if (this.stopped) return;
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.buffer += text;
    this.parse(false, onRow);
  }

  /** Ends the input: the last row needs no line break after it. */
  finish(onRow: (row: CsvRow) => void): void {
    if (this.stopped) return;
    this.parse(true, onRow);
    this.buffer = '';
    this.stopped = true;
  }

  private parse(final: boolean, onRow: (row: CsvRow) => void): void {
    if (!this.newline && !this.detect(final)) {
      this.stopIfRunaway(onRow);
      return;
    }
    const buffer = this.buffer;
    let start = 0;
    const parser = new Papa.Parser({
      delimiter: this.delimiter,
      newline: this.newline,
      step: (result: PapaRow) => {
        const end = result.meta.cursor;
        // In step mode the low-level parser hands over a one-row table.
        const row: CsvRow = { line: this.line, fields: result.data[0] ?? [] };
        if (result.errors.length > 0) row.error = describeQuoteErrors(result.errors.map((e) => e.message));
        this.line += countLineBreaks(buffer, start, end);
        start = end;
        onRow(row);
      },
    });
    parser.parse(buffer, 0, !final);
    this.buffer = buffer.slice(start);
    this.stopIfRunaway(onRow);
  }

  /** Finds the delimiter and line break from the header line, once it is complete. */
  private detect(final: boolean): boolean {
    const end = headerEnd(this.buffer);
    // A "\r" at the very end may be the first half of "\r\n": wait for the next piece.
    const ambiguous = end >= 0 && this.buffer[end] === '\r' && end + 1 === this.buffer.length;
    if ((end < 0 || ambiguous) && !final) return false;
    const header = end < 0 ? this.buffer : this.buffer.slice(0, end);
    if (end < 0) this.newline = '\n';
    else if (this.buffer[end] === '\n') this.newline = '\n';
    else this.newline = this.buffer[end + 1] === '\n' ? '\r\n' : '\r';
    this.delimiter ??= guessDelimiter(header);
    return true;
  }

  private stopIfRunaway(onRow: (row: CsvRow) => void): void {
    if (this.stopped || this.buffer.length <= MAX_ROW_CHARS) return;
    onRow({
      line: this.line,
      fields: [],
      error: audienceReason('neverEnds', 'this row never ends (a quote is not closed, or the row is over 1,000,000 characters): the rest of the file was not read'),
    });
    this.buffer = '';
    this.stopped = true;
  }
}

/** Index of the header line's line break outside quotes, or -1 when not yet seen. */
function headerEnd(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) return i;
  }
  return -1;
}

/** The most frequent candidate delimiter outside quotes in the header; `,` when none. */
export function guessDelimiter(header: string): string {
  const unquoted = header.replace(/"[^"]*"/g, '');
  let best = ',';
  let bestCount = 0;
  for (const candidate of DELIMITERS) {
    const count = unquoted.split(candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) breaks++;
  }
  return breaks;
}

function describeQuoteErrors(messages: string[]): AudienceReason {
  // papaparse looks for a closing quote to the end of the file: say so when it found none.
  if (messages.some((m) => /unterminated/i.test(m))) return audienceReason('unclosedQuote', 'a quoted field is not closed: the rest of the file was read as this one row');
  return audienceReason('badQuotes', 'malformed quotes: a field that starts with a quote must end with a quote, with "" for a quote inside');
}
