import type { Contact } from '../journey/contact';
import type { ColumnMapping } from './columns';
import type { AudienceReason } from './reasons';

/**
 * A problem in an audience file. `line` is the 1-based line of the file where the row starts
 * (the header is line 1; a quoted field with line breaks makes a row span several lines).
 * `column` is the header name as written in the file, when one column is at fault. `message`
 * is the English wording; `code` and `values` say it in any language (see reasons.ts).
 */
export type AudienceError = { line: number; column?: string } & AudienceReason;

export type AudienceCsvOptions = {
  /** Country of national numbers in rows without a `country` cell (ISO 3166 alpha-2). */
  defaultCountry?: string;
  /** Which file header holds each spec column, for files whose headers differ from the spec. */
  mapping?: ColumnMapping;
  /** The field delimiter; by default the most frequent of `,` `;` tab and `|` in the header. */
  delimiter?: string;
};

/** The contacts and problems of some rows: a whole file, or one batch of a chunked import. */
export type AudienceBatch = { contacts: Contact[]; errors: AudienceError[] };

/** The result of {@link parseAudienceCsv}: good rows imported, bad rows reported and skipped. */
export type AudienceCsvResult = AudienceBatch & {
  /** The header's column names, trimmed, in file order. */
  columns: string[];
};
