/**
 * The audience import as a state machine over CSV rows: the first row is the header, every
 * other row a contact or an error. It keeps only what it must between rows (the column plan
 * and the phones already seen, for duplicates), so a chunked import of a big file holds one
 * batch of contacts at a time.
 */
import type { ColumnPlan } from './columns';
import { planColumns } from './columns';
import type { CsvRow } from './csv-reader';
import { audienceReason } from './reasons';
import { rowToContact } from './row';
import type { AudienceBatch, AudienceCsvOptions } from './types';

export class AudienceImporter {
  /** The header's column names, trimmed, once the header row has been read. */
  columns: string[] = [];
  /** Data rows read (blank lines aside), good or bad. */
  rows = 0;
  /** Data rows skipped for a problem. */
  skipped = 0;
  contacts = 0;
  /** Errors reported, file-level ones included (a bad row may have several). */
  errors = 0;
  private header: string[] | undefined;
  private plan: ColumnPlan | undefined;
  private readonly firstLineOf = new Map<string, number>();

  constructor(private readonly options: AudienceCsvOptions = {}) {}

  /** Reads one row into `out`. */
  accept(row: CsvRow, out: AudienceBatch): void {
    if (!this.header) {
      if (row.error) return this.fail(out, { line: row.line, ...row.error });
      this.header = row.fields;
      this.columns = row.fields.map((name) => name.trim());
      const { plan, errors } = planColumns(row.fields, this.options.mapping);
      this.plan = plan;
      for (const error of errors) this.fail(out, error);
      return;
    }
    if (!this.plan) return; // no usable header: the file-level error has been reported
    if (!row.error && row.fields.every((field) => field.trim() === '')) return; // blank line
    this.rows++;
    if (row.error) return this.skip(out, [{ line: row.line, ...row.error }]);

    const result = rowToContact(row.fields, row.line, this.plan, this.header, this.options.defaultCountry);
    if (!result.ok) return this.skip(out, result.errors);
    const { contact } = result;
    const first = this.firstLineOf.get(contact.phone);
    if (first !== undefined) {
      const column = this.header[this.plan.recognised.phone ?? -1]?.trim();
      const reason = audienceReason('duplicate', `duplicate phone ${contact.phone}, already on line ${first}`, { phone: contact.phone, line: first });
      return this.skip(out, [{ line: row.line, column, ...reason }]);
    }
    this.firstLineOf.set(contact.phone, row.line);
    this.contacts++;
    out.contacts.push(contact);
  }

  /** Called once the input has ended: an empty file has no header to speak of. */
  end(out: AudienceBatch): void {
    if (!this.header) this.fail(out, { line: 1, ...audienceReason('empty', 'the file is empty: expected a header row with a phone column') });
  }

  private skip(out: AudienceBatch, errors: AudienceBatch['errors']): void {
    this.skipped++;
    for (const error of errors) this.fail(out, error);
  }

  private fail(out: AudienceBatch, error: AudienceBatch['errors'][number]): void {
    this.errors++;
    if (error.column === undefined) delete error.column;
    out.errors.push(error);
  }
}
