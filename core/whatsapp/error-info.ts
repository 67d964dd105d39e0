/** The shape of one entry of the WhatsApp error catalog (errors.ts). */

/**
 * Whether resending can succeed: `yes` with a backoff, `later` only after a wait or a change
 * outside the app (a day for 131049, a re-approved template for 132015), `no` never as is.
 */
export type Retryable = 'yes' | 'no' | 'later';

/** A text in the app's two languages. */
export interface Bilingual {
  en: string;
  fr: string;
}

/** What the app knows of one Cloud API error code. */
export interface ErrorInfo {
  code: number;
  /** Meta's title, for logs; never branch on it (Meta deprecates titles). */
  title: string;
  meaning: Bilingual;
  /** The HTTP status Meta's table gives; branch on `code`, not on this. */
  httpStatus: number;
  retryable: Retryable;
  /** The shortest wait before a retry makes sense, when one is known. */
  retryAfterMs?: number;
  /** What the user should do. */
  action: Bilingual;
  /** Where the facts come from (whatsapp-rules.md §4.2 and its sources). */
  source: string;
  /** False for the fallback answer to a code the catalog does not know. */
  known: boolean;
}

/** An entry as the catalog files write it: `code` and `known` are filled in by the catalog. */
export type ErrorEntry = Omit<ErrorInfo, 'code' | 'known'>;

/** The source most entries share. */
export const META_TABLE = "Meta error codes (developers.facebook.com …/whatsapp/support/error-codes), as copied in static_array.php; whatsapp-rules.md §4.2";
