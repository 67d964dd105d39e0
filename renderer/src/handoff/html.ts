/** Small helpers to write HTML as text, safely: every value that came from a user is escaped. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** Fills `{{name}}` slots (the i18n strings' syntax) with escaped values. */
export function fill(text: string, params: Readonly<Record<string, string | number>> = {}): string {
  return escapeHtml(text).replace(/\{\{(\w+)\}\}/g, (slot, name: string) => (name in params ? escapeHtml(params[name] as string | number) : slot));
}

/** A table: a header row and body rows of HTML cells (already escaped by the caller). */
export function table(header: readonly string[], rows: readonly (readonly string[])[], className = ''): string {
  const head = `<tr>${header.map((h) => `<th scope="col">${h}</th>`).join('')}</tr>`;
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('');
  return `<table${className ? ` class="${className}"` : ''}><thead>${head}</thead><tbody>${body}</tbody></table>`;
}
