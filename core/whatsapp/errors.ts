/**
 * The WhatsApp Cloud API error catalog: what each code means, whether to retry, and what the
 * user should do, in English and French. Covers every code of whatsapp-rules.md §4.2.
 * Branch on the code (and `error_data.details`), never on titles or HTTP status (Meta's advice).
 */
import { MESSAGING_ERRORS } from './error-codes-messaging';
import { PERMISSION_DENIED, PLATFORM_ERRORS } from './error-codes-platform';
import { TEMPLATE_ERRORS } from './error-codes-templates';
import type { ErrorEntry, ErrorInfo, Retryable } from './error-info';

export type { Bilingual, ErrorInfo, Retryable } from './error-info';

const CATALOG: ReadonlyMap<number, ErrorEntry> = new Map(
  [PLATFORM_ERRORS, MESSAGING_ERRORS, TEMPLATE_ERRORS].flatMap((part) =>
    Object.entries(part).map(([code, entry]): [number, ErrorEntry] => [Number(code), entry]),
  ),
);

/** Every code the catalog knows by number (the 200–299 permission range aside), ascending. */
export const KNOWN_ERROR_CODES: readonly number[] = [...CATALOG.keys()].sort((a, b) => a - b);

/** Meta's permission errors span 200–299 and share one meaning. */
function isPermissionRange(code: number): boolean {
  return code >= 200 && code <= 299;
}

/**
 * What the app knows of `code`. An unknown code gets a generic answer with `known: false`:
 * not retried, unless the HTTP status (when given) says Meta's side failed (5xx).
 */
export function lookupError(code: number, httpStatus?: number): ErrorInfo {
  const entry = CATALOG.get(code) ?? (isPermissionRange(code) ? PERMISSION_DENIED : undefined);
  if (entry) return { ...entry, code, known: true };
  const serverSide = httpStatus !== undefined && httpStatus >= 500;
  return {
    code,
    title: 'Unknown error',
    meaning: {
      en: `Meta answered with error code ${code}, which this app does not know.`,
      fr: `Meta a répondu avec le code d'erreur ${code}, inconnu de cette application.`,
    },
    httpStatus: httpStatus ?? 400,
    retryable: serverSide ? 'yes' : 'no',
    action: {
      en: "Look the code up in Meta's error code reference, and check Meta's message and details.",
      fr: "Cherchez ce code dans la liste des codes d'erreur de Meta, et lisez le message et les détails de Meta.",
    },
    source: 'fallback for an unknown code',
    known: false,
  };
}

/** How resending would fare for `code` ('no' for an unknown client-side code). */
export function retryability(code: number, httpStatus?: number): Retryable {
  return lookupError(code, httpStatus).retryable;
}

/**
 * Whether a send that failed with `code` may ever be retried as is: true for `yes` (back off
 * and retry) and `later` (retry only after `retryAfterMs` or an outside change; 131049 needs
 * 24 hours). Use {@link retryability} to tell the two apart.
 */
export function isRetryable(code: number, httpStatus?: number): boolean {
  return retryability(code, httpStatus) !== 'no';
}
