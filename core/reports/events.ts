/**
 * One neutral record of what happened to a contact, produced alike from a simulation's event
 * stream (core/sim `onEvent`) and from a run journal's events, so every extract and metric is
 * built once for both.
 */
import { isStopButton, isStopReply } from '../interpreter/reply-match';
import type { ContactEvent } from '../interpreter/types';

/** Meta's message statuses plus what the contact did. */
export type ReportEventType =
  | 'sent'
  | 'delivered'
  | 'read'
  | 'failed'
  /** A free-text message from the contact. */
  | 'reply'
  /** A quick-reply or reply-button tap (its payload in `button`). */
  | 'button'
  /** A URL button click (nothing sent back). */
  | 'click'
  /** The contact blocked the business (simulation only: Meta reports no blocks to a run). */
  | 'blocked'
  | 'opt_out';

export interface ReportEvent {
  type: ReportEventType;
  /** The contact's row in the audience (0-based). */
  contact: number;
  phone: string;
  /** Epoch ms. */
  at: number;
  /** The message node the event is about, when known. */
  node?: string;
  /** Meta's error code (`failed`). */
  code?: number;
  text?: string;
  button?: string;
}

/** A contact's phone number by audience row. */
export type PhoneOf = (contact: number) => string;

/** Whether an inbound message withdraws consent, as the interpreter judges it. */
function isOptOut(text: string | undefined, button: string | undefined): boolean {
  if (button !== undefined) return isStopButton(button);
  return text !== undefined && isStopReply(text);
}

/**
 * The report events of one simulator event (the arguments of core/sim's `SimEventSink`).
 * Events reports do not need (visits, waits, holds, exits) give none.
 */
export function fromSimEvent(
  contact: number,
  at: number,
  event: string,
  node: string | undefined,
  detail: string | number | undefined,
  phoneOf: PhoneOf,
): ReportEvent[] {
  const base = { contact, phone: phoneOf(contact), at, ...(node === undefined ? {} : { node }) };
  switch (event) {
    case 'sent':
    case 'delivered':
    case 'read':
    case 'blocked':
      return [{ type: event, ...base }];
    case 'failed':
      return [{ type: 'failed', ...base, code: Number(detail) }];
    case 'click':
      return [{ type: 'click', ...base, button: String(detail ?? '') }];
    case 'button': {
      const button = String(detail ?? '');
      const tap: ReportEvent = { type: 'button', ...base, button };
      return isOptOut(undefined, button) ? [tap, { type: 'opt_out', ...base }] : [tap];
    }
    case 'reply': {
      const text = String(detail ?? '');
      const reply: ReportEvent = { type: 'reply', ...base, text };
      return isOptOut(text, undefined) ? [reply, { type: 'opt_out', ...base }] : [reply];
    }
    default:
      return [];
  }
}

/**
 * The report events of one event applied in a run (a journal `ev` record: contact `c`, time
 * `t`, event `e`). `accepted` is Meta's `sent` status.
 */
export function fromRunEvent(record: { c: number; t: number; e: ContactEvent }, phoneOf: PhoneOf): ReportEvent[] {
  const { c: contact, t: at, e } = record;
  const phone = phoneOf(contact);
  switch (e.type) {
    case 'accepted':
      return [{ type: 'sent', contact, phone, at, node: e.node }];
    case 'delivered':
    case 'read':
      return [{ type: e.type, contact, phone, at, node: e.node }];
    case 'failed':
      return [{ type: 'failed', contact, phone, at, node: e.node, code: e.code }];
    case 'clicked':
      return [{ type: 'click', contact, phone, at, node: e.node, button: e.button }];
    case 'inbound': {
      const node = e.node === undefined ? {} : { node: e.node };
      const message: ReportEvent =
        e.button !== undefined
          ? { type: 'button', contact, phone, at, ...node, button: e.button }
          : { type: 'reply', contact, phone, at, ...node, text: e.text ?? '' };
      return isOptOut(e.text, e.button) ? [message, { type: 'opt_out', contact, phone, at, ...node }] : [message];
    }
    case 'opt_out':
      return [{ type: 'opt_out', contact, phone, at }];
    default:
      return [];
  }
}
