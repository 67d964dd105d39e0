/**
 * What the executor needs from whoever carries a send to Meta (the Graph client against Meta
 * or the sandbox, or a fake in tests), and how it reads the answer: accepted, retry later,
 * failed for good (the node's `failed` handle), pause the whole run, or unknown.
 */
import type { Effect } from '../../../core/interpreter';
import type { Contact } from '../../../core/journey/contact';
import { lookupError } from '../../../core/whatsapp/errors';

/** One send, as the interpreter asked for it, with its key for `biz_opaque_callback_data`. */
export interface SendRequest {
  key: string;
  contact: Contact;
  effect: Extract<Effect, { type: 'send_template' | 'send_session' }>;
}

/** Where an error came from: Meta's JSON error, no answer in time, no connection, or a bare HTTP status. */
export type SendErrorKind = 'meta' | 'timeout' | 'network' | 'http';

export type SendAnswer =
  | { ok: true; wamid: string }
  | {
      ok: false;
      code: number;
      kind: SendErrorKind;
      httpStatus?: number;
      message?: string;
      /** The request may have reached Meta (a timeout, a reset after writing); unset means it did not. */
      outcomeUnknown?: boolean;
    };

/** Carries sends; never throws (a failure is an answer). */
export interface Sender {
  send(request: SendRequest): Promise<SendAnswer>;
  /**
   * Settles sends whose outcome is unknown by the server's own record, when it keeps one (the
   * built-in sandbox's `POST /sandbox/fence`; Meta keeps none, so a Meta sender has no settle).
   * For each key asked: the wamid of the message the server holds with that key, or null when
   * it holds none AND guarantees, from this answer on, to refuse any request carrying the key
   * (a fence: a request still on its way can then never be accepted). A key missing from the
   * answer is unknown. Absence from a list alone never settles anything.
   */
  settle?(keys: readonly string[]): Promise<Map<string, string | null>>;
}

/** Token and account errors: every further send would fail the same way, so the run pauses. */
export const PAUSING_CODES: ReadonlySet<number> = new Set([0, 190, 131031, 368, 131042]);

/** What to do with an answer. */
export type Verdict =
  | { kind: 'accepted'; wamid: string }
  | { kind: 'retry'; code: number; afterMs?: number }
  | { kind: 'failed'; code: number }
  | { kind: 'pause'; code: number; message: string }
  /** The request may have reached Meta and no answer says whether it did. */
  | { kind: 'unknown'; code: number };

/** Reads an answer with the core error catalog (retryable or not; 'later' codes fail the node). */
export function verdictOf(answer: SendAnswer): Verdict {
  if (answer.ok) return { kind: 'accepted', wamid: answer.wamid };
  // No answer in time proves nothing about the request: it may reach Meta after the timeout.
  if (answer.outcomeUnknown === true || answer.kind === 'timeout') return { kind: 'unknown', code: answer.code };
  // A 5xx that is not Meta's JSON comes from something between us and Meta (a proxy, a
  // gateway timing out), which may have passed the request on.
  if (answer.kind === 'http' && (answer.httpStatus ?? 0) >= 500) return { kind: 'unknown', code: answer.code };
  // A refused connection reached nobody: try again later.
  if (answer.kind === 'network') return { kind: 'retry', code: answer.code };
  const info = lookupError(answer.code, answer.httpStatus);
  if (PAUSING_CODES.has(answer.code)) return { kind: 'pause', code: answer.code, message: info.meaning.en };
  if (info.retryable === 'yes') return { kind: 'retry', code: answer.code, ...(info.retryAfterMs !== undefined ? { afterMs: info.retryAfterMs } : {}) };
  return { kind: 'failed', code: answer.code };
}
