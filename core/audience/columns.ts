/**
 * The audience CSV's header: which file column feeds which recognised column, and which
 * become contact attributes. A mapping lets the UI accept any header (`Mobile` as `phone`).
 */
import { audienceReason } from './reasons';
import type { AudienceError } from './types';
import { showCell } from './values';

/** The columns the spec gives a meaning to; every other column is an attribute. */
export const AUDIENCE_COLUMNS = [
  'phone', 'country', 'locale', 'whatsapp_opt_in', 'marketing_opt_in', 'opt_in_date', 'opt_in_method', 'last_inbound_at',
] as const;
export type AudienceColumn = (typeof AUDIENCE_COLUMNS)[number];

/** Spec column to the file's header that holds it: `{ phone: 'Mobile' }`. */
export type ColumnMapping = Partial<Record<AudienceColumn, string>>;

/** Where each value of a row is read from (indices into the row's fields). */
export type ColumnPlan = {
  recognised: Partial<Record<AudienceColumn, number>>;
  attributes: { name: string; index: number }[];
  /** The number of fields every row must have: the header's. */
  width: number;
};

/**
 * Matches header names to columns. Mapped headers are found exactly, then ignoring case and
 * spaces around; unmapped spec columns are found by name ignoring case. A missing `phone`
 * is fatal (no plan); other problems are reported on line 1 and the first column wins.
 */
export function planColumns(header: readonly string[], mapping: ColumnMapping = {}): { plan?: ColumnPlan; errors: AudienceError[] } {
  const errors: AudienceError[] = [];
  const names = header.map((name) => name.trim());
  const used = new Set<number>();
  const recognised: ColumnPlan['recognised'] = {};

  for (const column of AUDIENCE_COLUMNS) {
    const wanted = mapping[column];
    if (wanted === undefined || wanted === '') continue;
    const index = findHeader(names, wanted.trim(), used);
    if (index < 0) {
      const values = { column: showCell(wanted), field: column };
      errors.push({ line: 1, column: wanted, ...audienceReason('noColumn', `no column ${values.column} in the file (mapped to ${column})`, values) });
    } else {
      recognised[column] = index;
      used.add(index);
    }
  }
  for (const column of AUDIENCE_COLUMNS) {
    if (recognised[column] !== undefined || mapping[column]) continue;
    const index = findHeader(names, column, used);
    if (index >= 0) {
      recognised[column] = index;
      used.add(index);
    }
  }

  const attributes: ColumnPlan['attributes'] = [];
  const seen = new Map<string, number>();
  names.forEach((name, index) => {
    // An unnamed column (a trailing delimiter from a spreadsheet) carries nothing to keep.
    if (name === '') return;
    const first = seen.get(name);
    if (first !== undefined) {
      const values = { column: showCell(name), first: first + 1, second: index + 1 };
      const message = `column ${values.column} appears twice (columns ${values.first} and ${values.second}); the first is used`;
      errors.push({ line: 1, column: name, ...audienceReason('twice', message, values) });
      return;
    }
    seen.set(name, index);
    if (!used.has(index)) attributes.push({ name, index });
  });

  if (recognised.phone === undefined) {
    const reason = mapping.phone
      ? audienceReason('noMappedPhoneColumn', 'no phone column: the column mapped to phone is missing')
      : audienceReason('noPhoneColumn', 'no "phone" column: the header row needs a column named phone (or a column mapped to it)');
    return { errors: [...errors, { line: 1, ...reason }] };
  }
  return { plan: { recognised, attributes, width: header.length }, errors };
}

function findHeader(names: readonly string[], wanted: string, used: ReadonlySet<number>): number {
  const exact = names.findIndex((name, index) => !used.has(index) && name === wanted);
  if (exact >= 0) return exact;
  const lower = wanted.toLowerCase();
  return names.findIndex((name, index) => !used.has(index) && name.toLowerCase() === lower);
}
