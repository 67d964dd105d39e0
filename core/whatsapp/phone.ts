/**
 * Phone numbers as audiences write them (`06 12 34 56 78`, `0033 6 12…`, `+33 (0)6…`) to
 * E.164, the form WhatsApp identifies users by.
 *
 * We use libphonenumber-js's `max` metadata: `min` checks only a number's length, so a number
 * no operator could ever have allocated would pass and fail later at send time; `mobile` would
 * reject fixed lines, yet a landline can run WhatsApp (the Business app and voice-call
 * registration), so refusing them would drop real contacts. `max` validates the digits of
 * every number type and still tells us the type, for the day a rule wants to warn about it.
 */
import type { CountryCode, NumberType } from 'libphonenumber-js/max';
import { isSupportedCountry, parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/max';

/** Why a phone number was refused: a stable code for translations, and an English reason. */
export type PhoneErrorCode = 'EMPTY' | 'NOT_A_NUMBER' | 'NO_COUNTRY' | 'INVALID_COUNTRY' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID';

export type PhoneResult =
  | { ok: true; e164: string; country?: string; type?: NumberType }
  | { ok: false; code: PhoneErrorCode; reason: string; values?: Record<string, string> };

/** Longer than any real number with all its punctuation: refused before any parsing work. */
const MAX_RAW_LENGTH = 64;

/**
 * Parses a phone number to E.164 (`+33612345678`). National numbers need `defaultCountry`
 * (ISO 3166 alpha-2, any case); `00` and the country's own international prefix are
 * understood; spaces, dots, dashes, slashes and parentheses are ignored. Never throws.
 */
export function parsePhone(raw: string, defaultCountry?: string): PhoneResult {
  const trimmed = typeof raw === 'string' ? raw.trim() : '';
  if (trimmed === '') return refuse('EMPTY', 'no phone number');
  if (trimmed.length > MAX_RAW_LENGTH) return refuse('TOO_LONG', 'too long to be a phone number');
  // "+33 (0)6 12": the "(0)" is the national prefix some people write after the country code.
  const compact = trimmed.replace(/^(\+\d{1,3})\s*\(0\)/, '$1').replace(/[\s.\-/()\u00a0]/g, '');
  if (!/^\+?\d+$/.test(compact)) return refuse('NOT_A_NUMBER', `not a phone number: letters or symbols in "${trimmed.slice(0, 30)}"`, { value: trimmed.slice(0, 30) });
  const international = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;

  let country: CountryCode | undefined;
  if (defaultCountry !== undefined && defaultCountry !== '') {
    const upper = defaultCountry.trim().toUpperCase();
    if (!isSupportedCountry(upper)) return refuse('INVALID_COUNTRY', `unknown country code "${defaultCountry.slice(0, 10)}"`, { value: defaultCountry.slice(0, 10) });
    country = upper;
  }
  if (!international.startsWith('+') && !country) {
    return refuse('NO_COUNTRY', 'a national number needs a country: write it as +CC… or give its country');
  }

  const parsed = parsePhoneNumberFromString(international, country);
  if (parsed?.isValid()) {
    return { ok: true, e164: parsed.number, country: parsed.country, type: parsed.getType() };
  }
  switch (validatePhoneNumberLength(international, country)) {
    case 'INVALID_COUNTRY':
      return refuse('INVALID_COUNTRY', 'unknown country calling code');
    case 'TOO_SHORT':
      return refuse('TOO_SHORT', 'too short to be a phone number');
    case 'TOO_LONG':
      return refuse('TOO_LONG', 'too long to be a phone number');
    default: {
      const where = parsed?.country ?? country;
      return where ? refuse('INVALID', `not a valid number in ${where}`, { where }) : refuse('INVALID', 'not a valid phone number');
    }
  }
}

/**
 * The Cloud API's `to` and `wa_id`: the E.164 digits without the `+` (`33612345678`).
 */
export function waId(e164: string): string {
  return e164.replace(/\D/g, '');
}

/** `values` are what the reason names (the cell, the country), for a translation to say again. */
function refuse(code: PhoneErrorCode, reason: string, values?: Record<string, string>): PhoneResult {
  return values ? { ok: false, code, reason, values } : { ok: false, code, reason };
}
