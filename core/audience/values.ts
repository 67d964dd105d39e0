/**
 * The value formats of the audience CSV's recognised columns. Each parser returns the clean
 * value or a reason; reasons echo at most a few characters of what they were given.
 */
import { OptInMethod } from '../journey/contact';
import type { AudienceErrorCode } from './reasons';

/** A refused cell: its English `reason`, and its code with the cell as `value` for other languages. */
export type ValueResult<T> = { ok: true; value: T } | { ok: false; reason: string; code: AudienceErrorCode; values: { value: string } };

const ok = <T>(value: T): ValueResult<T> => ({ ok: true, value });
/** The English reason is `words` followed by the quoted cell. */
const bad = <T>(code: AudienceErrorCode, words: string, cell: string): ValueResult<T> => ({
  ok: false,
  reason: `${words}${showCell(cell)}`,
  code,
  values: { value: showCell(cell) },
});

/** `"abc…"`: a cell quoted for a message, never more than 30 characters of it. */
export function showCell(text: string): string {
  return JSON.stringify(text.length > 30 ? `${text.slice(0, 29)}…` : text);
}

const TRUE_WORDS = new Set(['true', 'yes', '1']);
const FALSE_WORDS = new Set(['false', 'no', '0']);

/** true/false/yes/no/1/0 in any case; an empty cell is no consent. */
export function parseConsentFlag(cell: string): ValueResult<boolean> {
  const word = cell.toLowerCase();
  if (word === '' || FALSE_WORDS.has(word)) return ok(false);
  if (TRUE_WORDS.has(word)) return ok(true);
  return bad('boolean', 'expected true, false, yes, no, 1 or 0, got ', cell);
}

/** `fr`, `fr_FR` or `fr-FR`, normalised to Meta's `fr_FR` spelling. */
export function parseLocale(cell: string): ValueResult<string> {
  const match = /^([a-zA-Z]{2,3})(?:[_-]([a-zA-Z]{2}|\d{3}))?$/.exec(cell);
  if (!match) return bad('language', 'expected a language such as fr or fr_FR, got ', cell);
  const language = (match[1] as string).toLowerCase();
  return ok(match[2] ? `${language}_${match[2].toUpperCase()}` : language);
}

/** An ISO 3166 alpha-2 code, upper-cased. */
export function parseCountry(cell: string): ValueResult<string> {
  if (!/^[a-zA-Z]{2}$/.test(cell)) return bad('country', 'expected a two-letter country code such as FR, got ', cell);
  return ok(cell.toUpperCase());
}

/** One of sms, whatsapp, in_person, paper, web, in any case. */
export function parseOptInMethod(cell: string): ValueResult<OptInMethod> {
  const parsed = OptInMethod.safeParse(cell.toLowerCase());
  return parsed.success ? ok(parsed.data) : bad('method', 'expected sms, whatsapp, in_person, paper or web, got ', cell);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** An ISO 8601 date (`2026-03-01`) or date and time; kept as written once checked. */
export function parseOptInDate(cell: string): ValueResult<string> {
  const date = DATE.exec(cell);
  if (date) {
    const [year, month, day] = date.slice(1).map(Number) as [number, number, number];
    return validDate(year, month, day) ? ok(cell) : bad('date', 'not a real date: ', cell);
  }
  const instant = parseInstant(cell);
  return instant.ok ? ok(cell) : instant;
}

/**
 * An ISO 8601 date and time with a time zone (`2026-03-01T09:30:00+01:00`), as a UTC ISO
 * string. The zone is required: the 24-hour window is counted from this instant, and a
 * time without a zone could be off by up to a day.
 */
export function parseInstant(cell: string): ValueResult<string> {
  const m = DATE_TIME.exec(cell);
  if (!m) return bad('dateTime', 'expected an ISO 8601 date and time such as 2026-03-01T09:30:00Z, got ', cell);
  const zone = m[8];
  if (!zone) return bad('timeZone', 'needs a time zone: add Z for UTC or an offset such as +01:00 to ', cell);
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const fraction = m[7] ?? '0';
  if (!validDate(y, mo, d) || h > 23 || mi > 59 || s > 59) return bad('realDateTime', 'not a real date and time: ', cell);
  const offsetMinutes = zone.toUpperCase() === 'Z' ? 0 : zoneMinutes(zone);
  if (offsetMinutes === undefined) return bad('offset', 'not a valid time zone offset in ', cell);
  const ms = Math.floor(Number(`0.${fraction}`) * 1000);
  const utc = Date.UTC(y, mo - 1, d, h, mi, s, ms) - offsetMinutes * 60_000;
  return ok(new Date(utc).toISOString());
}

function zoneMinutes(zone: string): number | undefined {
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 14 || minutes > 59) return undefined;
  return (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function validDate(year: number, month: number, day: number): boolean {
  // Years before 1000 are typos, and Date.UTC would read 0-99 as 1900-1999.
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; Date.UTC is pure arithmetic, no clock.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
