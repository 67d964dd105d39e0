/**
 * Why an audience row (or the whole file) was refused: a stable code and the values its
 * sentence needs, next to the English wording the command line prints. An interface says
 * the reason in its own language from the code, never by reading the English. A code is a
 * public name: add codes, never rename one.
 */
import type { PhoneErrorCode } from '../whatsapp/phone';

export const AUDIENCE_ERROR_CODES = [
  // Phone numbers.
  'noPhone', 'phoneTooLong', 'phoneTooShort', 'notAPhone', 'unknownCountry', 'unknownCallingCode', 'needsCountry', 'invalidIn', 'invalidPhone',
  // Cells of the other recognised columns.
  'boolean', 'language', 'country', 'method', 'date', 'dateTime', 'timeZone', 'realDateTime', 'offset',
  // Rows and the file.
  'fieldCount', 'duplicate', 'empty', 'noColumn', 'twice', 'noPhoneColumn', 'noMappedPhoneColumn', 'neverEnds', 'unclosedQuote', 'badQuotes',
] as const;

export type AudienceErrorCode = (typeof AUDIENCE_ERROR_CODES)[number];

/** A reason: its code, its values (cells already quoted and clipped) and its English wording. */
export type AudienceReason = { code: AudienceErrorCode; message: string; values?: Record<string, string | number> };

export function audienceReason(code: AudienceErrorCode, message: string, values?: AudienceReason['values']): AudienceReason {
  return values ? { code, message, values } : { code, message };
}

/** A refused phone number as a reason; parsePhone's own code says which. */
export function phoneReason(refused: { code: PhoneErrorCode; reason: string; values?: Record<string, string> }): AudienceReason {
  const { code, reason, values } = refused;
  switch (code) {
    case 'EMPTY':
      return audienceReason('noPhone', reason);
    case 'TOO_LONG':
      return audienceReason('phoneTooLong', reason);
    case 'TOO_SHORT':
      return audienceReason('phoneTooShort', reason);
    case 'NOT_A_NUMBER':
      return audienceReason('notAPhone', reason, values);
    case 'NO_COUNTRY':
      return audienceReason('needsCountry', reason);
    case 'INVALID_COUNTRY':
      // A country the user gave, or a calling code (+999) no country has.
      return values?.value !== undefined ? audienceReason('unknownCountry', reason, values) : audienceReason('unknownCallingCode', reason);
    case 'INVALID':
      return values?.where !== undefined ? audienceReason('invalidIn', reason, values) : audienceReason('invalidPhone', reason);
  }
}
