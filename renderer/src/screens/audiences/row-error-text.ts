/**
 * An audience import's reasons in the interface's language. core/audience words them in
 * English (it has no i18n); each known wording is recognised here, its values kept, and said
 * again through the audienceErrors messages. A wording not recognised is shown as core wrote
 * it rather than hidden. test/renderer/screens/row-error-text.test.ts feeds this core's own
 * reasons, so a rewording in core that this table misses fails there.
 */
import type { TFunction } from 'i18next';

type Key =
  | 'noPhone' | 'phoneTooLong' | 'phoneTooShort' | 'notAPhone' | 'unknownCountry' | 'unknownCallingCode' | 'needsCountry' | 'invalidIn' | 'invalidPhone'
  | 'boolean' | 'language' | 'country' | 'method' | 'date' | 'dateTime' | 'timeZone' | 'realDateTime' | 'offset'
  | 'fieldCount' | 'duplicate' | 'empty' | 'noColumn' | 'twice' | 'neverEnds' | 'unclosedQuote' | 'badQuotes';

const WORDINGS: [RegExp, Key][] = [
  [/^no phone number$/, 'noPhone'],
  [/^too long to be a phone number$/, 'phoneTooLong'],
  [/^too short to be a phone number$/, 'phoneTooShort'],
  [/^not a phone number: letters or symbols in "(?<value>.*)"$/s, 'notAPhone'],
  [/^unknown country code "(?<value>.*)"$/s, 'unknownCountry'],
  [/^unknown country calling code$/, 'unknownCallingCode'],
  [/^a national number needs a country/, 'needsCountry'],
  [/^not a valid number in (?<where>.*)$/s, 'invalidIn'],
  [/^not a valid phone number$/, 'invalidPhone'],
  [/^expected true, false, yes, no, 1 or 0, got (?<value>.*)$/s, 'boolean'],
  [/^expected a language such as fr or fr_FR, got (?<value>.*)$/s, 'language'],
  [/^expected a two-letter country code such as FR, got (?<value>.*)$/s, 'country'],
  [/^expected sms, whatsapp, in_person, paper or web, got (?<value>.*)$/s, 'method'],
  [/^not a real date: (?<value>.*)$/s, 'date'],
  [/^expected an ISO 8601 date and time such as \S+, got (?<value>.*)$/s, 'dateTime'],
  [/^needs a time zone: add Z for UTC or an offset such as \S+ to (?<value>.*)$/s, 'timeZone'],
  [/^not a real date and time: (?<value>.*)$/s, 'realDateTime'],
  [/^not a valid time zone offset in (?<value>.*)$/s, 'offset'],
  [/^expected (?<expected>\d+) fields like the header, found (?<found>\d+)$/, 'fieldCount'],
  [/^duplicate phone (?<phone>\S+), already on line (?<line>\d+)$/, 'duplicate'],
  [/^the file is empty/, 'empty'],
  [/^no column (?<column>.+) in the file \(mapped to (?<field>.+)\)$/s, 'noColumn'],
  [/^column (?<column>.+) appears twice \(columns (?<first>\d+) and (?<second>\d+)\); the first is used$/s, 'twice'],
  [/^this row never ends/, 'neverEnds'],
  [/^a quoted field is not closed/, 'unclosedQuote'],
  [/^malformed quotes/, 'badQuotes'],
];

/** The reason's message key and values, or null when core worded it in a way not known here. */
export function recogniseRowError(message: string): { key: Key; values: Record<string, string> } | null {
  for (const [pattern, key] of WORDINGS) {
    const match = pattern.exec(message);
    if (match) return { key, values: { ...match.groups } };
  }
  return null;
}

/** The reason in the interface's language. */
export function rowErrorText(message: string, t: TFunction): string {
  const known = recogniseRowError(message);
  // The wording core gave is the default: a key missing from a language still says something true.
  return known ? t(`audienceErrors.${known.key}`, { ...known.values, defaultValue: message }) : message;
}
