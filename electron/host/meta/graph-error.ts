/**
 * Failures of a Graph call as values: Meta's error envelope read into the core error catalog
 * (code, subcode, details, fbtrace_id, whether to retry), or what went wrong on the way
 * (timeout, network, an answer that was not Meta's JSON). Nothing here ever carries the token:
 * every text is scrubbed of it before it is stored (a proxy could echo a header back).
 */
import { lookupError, type Retryable } from '../../../core/whatsapp';

/** `code` of failures that never reached Meta's error catalog (timeout, network, http). */
export const TRANSPORT_ERROR_CODE = -1;

export interface GraphError {
  kind: 'meta' | 'timeout' | 'network' | 'http';
  /** Meta's error code; {@link TRANSPORT_ERROR_CODE} when Meta gave none. */
  code: number;
  subcode?: number;
  /** `error_data.details`: what to branch on besides the code. */
  details?: string;
  fbtraceId?: string;
  /** Whether resending may succeed (`retry` says how: now with backoff, or later). */
  retryable: boolean;
  retry: Retryable;
  retryAfterMs?: number;
  httpStatus?: number;
  /** One line for logs and the user, token-free. */
  message: string;
  /**
   * True when the request may have reached Meta with no answer (timeout, dropped connection):
   * the message may have been sent, so a blind resend risks a duplicate.
   */
  outcomeUnknown: boolean;
}

export type GraphResult<T> = { ok: true; value: T } | { ok: false; error: GraphError };

const REDACTED = '[redacted]';

/** `text` with every occurrence of the secret replaced. */
export function redact(text: string, secret: string): string {
  return secret.length > 0 ? text.split(secret).join(REDACTED) : text;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

/** The typed error of an answer carrying Meta's envelope, or null if `body` is not one. */
export function metaError(httpStatus: number, body: unknown, token: string): GraphError | null {
  const error = asRecord(asRecord(body)?.error);
  const code = Number(error?.code);
  if (!error || !Number.isFinite(code)) return null;
  const info = lookupError(code, httpStatus);
  const out: GraphError = {
    kind: 'meta',
    code,
    retryable: info.retryable !== 'no',
    retry: info.retryable,
    httpStatus,
    message: redact(`(#${code}) ${typeof error.message === 'string' ? error.message : info.title}`, token),
    outcomeUnknown: false,
  };
  if (typeof error.error_subcode === 'number') out.subcode = error.error_subcode;
  const details = asRecord(error.error_data)?.details;
  if (typeof details === 'string') out.details = redact(details, token);
  if (typeof error.fbtrace_id === 'string') out.fbtraceId = error.fbtrace_id;
  if (info.retryAfterMs !== undefined) out.retryAfterMs = info.retryAfterMs;
  return out;
}

/** An answer that is not Meta's JSON: a proxy, a gateway or a sandbox fault. 5xx and 429 may be retried. */
export function httpError(httpStatus: number, token: string, snippet: string): GraphError {
  const retryable = httpStatus >= 500 || httpStatus === 429;
  return {
    kind: 'http',
    code: TRANSPORT_ERROR_CODE,
    retryable,
    retry: retryable ? 'yes' : 'no',
    httpStatus,
    message: redact(`HTTP ${httpStatus} without a Graph API error${snippet ? `: ${snippet.slice(0, 120)}` : ''}`, token),
    outcomeUnknown: false,
  };
}

/** No answer within the time allowed: the request may or may not have been handled. */
export function timeoutError(timeoutMs: number): GraphError {
  return { kind: 'timeout', code: TRANSPORT_ERROR_CODE, retryable: true, retry: 'yes', message: `no answer within ${timeoutMs} ms`, outcomeUnknown: true };
}

/**
 * The connection failed. `sent` says whether the request may have left (a reset after
 * writing), which makes the outcome unknown; a refused connection never reached anyone.
 */
export function networkError(cause: unknown, token: string): GraphError {
  const code = networkCode(cause);
  const refused = code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN';
  const message = redact(`network error${code ? ` (${code})` : ''}: ${cause instanceof Error ? cause.message : String(cause)}`, token);
  return { kind: 'network', code: TRANSPORT_ERROR_CODE, retryable: true, retry: 'yes', message, outcomeUnknown: !refused };
}

/** fetch wraps the socket error in `cause`. */
function networkCode(error: unknown): string | undefined {
  const direct = asRecord(error)?.code;
  if (typeof direct === 'string') return direct;
  const cause = asRecord(asRecord(error)?.cause)?.code;
  return typeof cause === 'string' ? cause : undefined;
}
