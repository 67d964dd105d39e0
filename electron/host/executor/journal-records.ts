/**
 * What a run's journal holds, one record a line (journal.ts). Replaying the records in order
 * through the core interpreter rebuilds every contact's state exactly: the interpreter is a
 * pure function of the events and their times, and `split_random` draws from a source seeded
 * per contact. Short keys keep a line small at 1,000 sends/s.
 */
import type { ContactEvent } from '../../../core/interpreter';

/** An event applied to contact `c` at time `t` (epoch ms), in the order it was applied. */
export interface EventRecord {
  k: 'ev';
  c: number;
  t: number;
  e: ContactEvent;
  /** The wamid Meta gave, on an `accepted` event that came from the API's answer. */
  w?: string;
}

/**
 * Written and made durable BEFORE the request leaves: attempt `a` of the send of node `n`
 * (an index in the journey's node list) to contact `c`. Its send key is {@link sendKey}.
 */
export interface IntentRecord {
  k: 'in';
  c: number;
  n: number;
  a: number;
  t: number;
}

/** Attempt `a` ended without reaching anyone (a retryable error): the next try is due at `at`. */
export interface RetryRecord {
  k: 'rt';
  c: number;
  n: number;
  a: number;
  t: number;
  code: number;
  at: number;
}

/** The user's decision on a send left uncertain by a crash: it went (`sent`), or send it again. */
export interface ResolveRecord {
  k: 'ur';
  c: number;
  n: number;
  d: 'sent' | 'resend';
  t: number;
}

export type RunStatus = 'running' | 'paused' | 'cancelled' | 'completed';

/** Why a run paused by itself: the Meta error that stopped it. */
export interface PauseReason {
  code: number;
  message: string;
}

/** The run's status changed (pause, resume, cancel, done). */
export interface StatusRecord {
  k: 'st';
  s: RunStatus;
  t: number;
  why?: PauseReason;
}

export type JournalRecord = EventRecord | IntentRecord | RetryRecord | ResolveRecord | StatusRecord;

/**
 * The key a send carries in `biz_opaque_callback_data`: run, contact row and node index. Every
 * attempt of one send has the same key, so a status webhook echoing it settles the send
 * whichever attempt reached Meta. A contact reaches a node at most once (a run refuses cycles).
 * A send resent after its outcome was settled "never arrived" (the sandbox's fence, or the
 * user's decision) carries a new `generation` as a 4th part: the earlier key stays fenced at
 * the sandbox, and a webhook echoing either key still names the same send.
 */
export function sendKey(runId: string, contact: number, node: number, generation = 0): string {
  return generation === 0 ? `${runId}:${contact}:${node}` : `${runId}:${contact}:${node}:${generation}`;
}

/** The contact, node and generation of a send key of run `runId`, or null for another run's or a malformed key. */
export function parseSendKey(runId: string, key: string): { contact: number; node: number; generation: number } | null {
  const prefix = `${runId}:`;
  if (!key.startsWith(prefix)) return null;
  const [contact, node, generation = '0', extra] = key.slice(prefix.length).split(':');
  if (extra !== undefined || contact === undefined || node === undefined) return null;
  const c = Number(contact);
  const n = Number(node);
  const g = Number(generation);
  const whole = (v: number) => Number.isSafeInteger(v) && v >= 0;
  return whole(c) && whole(n) && whole(g) && contact !== '' && node !== '' && generation !== '' ? { contact: c, node: n, generation: g } : null;
}
