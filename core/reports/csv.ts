/**
 * CSV text as spreadsheets read it (RFC 4180): comma-separated, CRLF line ends, a field
 * quoted when it holds a comma, quote or line break. A field starting with = + - @ is
 * prefixed with an apostrophe so a spreadsheet never runs a phone number or reply as a formula.
 */
export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? String(value) : value;
  // Phone numbers start with "+": quoting keeps them text rather than a formula or a number.
  if (typeof value === 'string' && FORMULA_START.test(text) && !/^\+\d+$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || /^\+\d+$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV file: the header line, then one line per row, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [header.map(field).join(',')];
  for (const row of rows) lines.push(row.map(field).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
