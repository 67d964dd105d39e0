/**
 * Merging status webhooks that come duplicated and out of order (Meta delivers at least once,
 * with no ordering: `read` may come before `delivered`, and `delivered` may follow `failed` on
 * multi-device users; whatsapp-rules.md §8). Pure: the state is a set of facts that only grow.
 * - `read` implies `delivered` implies `sent`: a late `delivered` never undoes `read`;
 * - `failed` counts only while nothing says the message reached the phone: a `failed` after
 *   `delivered` is ignored, and a `delivered` after `failed` wins (the phone got it).
 */
import type { DeliveryStatus } from './webhook-events';

/** What is known of one message. */
export interface DeliveryState {
  sent: boolean;
  delivered: boolean;
  read: boolean;
  failed: boolean;
  /** The error code of the `failed` status, when there was one. */
  errorCode?: number;
}

/** A merge: the new state, the status to show, and the facts this webhook added (in order). */
export interface MergeResult {
  state: DeliveryState;
  /** read, else delivered, else failed, else sent. */
  status: DeliveryStatus;
  /** Empty for a duplicate or a late status that adds nothing. */
  reached: DeliveryStatus[];
}

export const NO_DELIVERY: DeliveryState = { sent: false, delivered: false, read: false, failed: false };

/** The status a state shows. */
export function statusOf(state: DeliveryState): DeliveryStatus {
  if (state.read) return 'read';
  if (state.delivered) return 'delivered';
  if (state.failed) return 'failed';
  return 'sent';
}

/** `state` after one more status webhook; `errorCode` is the failed status's first error. */
export function mergeStatus(state: DeliveryState | undefined, incoming: DeliveryStatus, errorCode?: number): MergeResult {
  const before = state ?? NO_DELIVERY;
  const next: DeliveryState = { ...before };
  const reached: DeliveryStatus[] = [];
  const set = (fact: 'sent' | 'delivered' | 'read') => {
    if (!next[fact]) {
      next[fact] = true;
      reached.push(fact);
    }
  };
  switch (incoming) {
    case 'read':
      set('sent');
      set('delivered');
      set('read');
      break;
    case 'delivered':
      set('sent');
      set('delivered');
      break;
    case 'sent':
      // A `sent` after `failed` is a late duplicate of an earlier stage: it adds nothing.
      if (!next.failed) set('sent');
      break;
    case 'failed':
      if (!next.delivered && !next.failed) {
        next.failed = true;
        if (errorCode !== undefined) next.errorCode = errorCode;
        reached.push('failed');
      }
      break;
  }
  return { state: reached.length === 0 ? before : next, status: statusOf(reached.length === 0 ? before : next), reached };
}
