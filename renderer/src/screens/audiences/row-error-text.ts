/**
 * An audience import's reasons in the interface's language. core/audience gives each reason a
 * stable code (AUDIENCE_ERROR_CODES) and the values it names, next to its English wording; the
 * sentence here comes from the code, never from reading the English.
 * test/renderer/screens/row-error-text.test.ts checks every code of core's list has a message
 * in each language.
 */
import type { TFunction } from 'i18next';
import type { AudienceReason } from '../../../../core/audience';

/** The reason in the interface's language. */
export function rowErrorText(reason: AudienceReason, t: TFunction): string {
  // The wording core gave is the default: a key missing from a language still says something true.
  return t(`audienceErrors.${reason.code}`, { ...reason.values, defaultValue: reason.message });
}
