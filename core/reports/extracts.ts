/**
 * The three extracts marketers know from Marketing Cloud, built while events stream past:
 * - tracking: each message's status history per contact (one line per status);
 * - inbound messages: phone, time, channel, text or button;
 * - potential unsubscribe: contacts with at least three undelivered (failed) messages.
 * Only what the files hold is kept; per-contact state is one failure count.
 */
import { lookupError } from '../whatsapp/errors';
import { toCsv } from './csv';
import type { ReportEvent } from './events';

/** Undelivered messages from which a contact is a potential unsubscribe (Marketing Cloud's rule). */
export const POTENTIAL_UNSUBSCRIBE_THRESHOLD = 3;

export interface TrackingRow {
  phone: string;
  node: string;
  /** What the node sends (template name, or the node's label), when the caller knows it. */
  message: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  at: number;
  code?: number;
}

export interface InboundRow {
  phone: string;
  at: number;
  channel: string;
  type: 'text' | 'button';
  /** The text, or the button's payload. */
  content: string;
  /** The message it answers, when known. */
  node?: string;
}

export interface UnsubscribeRow {
  phone: string;
  undelivered: number;
  lastAt: number;
  lastCode: number;
}

export interface ExtractOptions {
  /** The channel the messages went through (its id or display number), written in the inbound file. */
  channel: string;
  /** What a message node sends, for the tracking file's Message column. */
  messageOf?: (node: string) => string;
}

interface Failures {
  phone: string;
  count: number;
  lastAt: number;
  lastCode: number;
}

export class ExtractCollector {
  readonly tracking: TrackingRow[] = [];
  readonly inbound: InboundRow[] = [];
  private readonly failures = new Map<number, Failures>();

  constructor(private readonly options: ExtractOptions) {}

  add(event: ReportEvent): void {
    switch (event.type) {
      case 'sent':
      case 'delivered':
      case 'read':
      case 'failed':
        return this.track(event, event.type);
      case 'reply':
      case 'button':
        this.inbound.push({
          phone: event.phone,
          at: event.at,
          channel: this.options.channel,
          type: event.type === 'reply' ? 'text' : 'button',
          content: (event.type === 'reply' ? event.text : event.button) ?? '',
          ...(event.node === undefined ? {} : { node: event.node }),
        });
        return;
      default:
        return;
    }
  }

  private track(event: ReportEvent, status: TrackingRow['status']): void {
    const node = event.node ?? '';
    const row: TrackingRow = { phone: event.phone, node, message: this.options.messageOf?.(node) ?? node, status, at: event.at };
    if (event.code !== undefined) row.code = event.code;
    this.tracking.push(row);
    if (status !== 'failed') return;
    const seen = this.failures.get(event.contact);
    if (seen === undefined) this.failures.set(event.contact, { phone: event.phone, count: 1, lastAt: event.at, lastCode: event.code ?? 0 });
    else {
      seen.count++;
      seen.lastAt = event.at;
      seen.lastCode = event.code ?? 0;
    }
  }

  /** Contacts with at least {@link POTENTIAL_UNSUBSCRIBE_THRESHOLD} undelivered messages, by phone. */
  potentialUnsubscribes(threshold = POTENTIAL_UNSUBSCRIBE_THRESHOLD): UnsubscribeRow[] {
    return [...this.failures.values()]
      .filter((f) => f.count >= threshold)
      .map((f) => ({ phone: f.phone, undelivered: f.count, lastAt: f.lastAt, lastCode: f.lastCode }))
      .sort((a, b) => (a.phone < b.phone ? -1 : a.phone > b.phone ? 1 : 0));
  }
}

const iso = (at: number): string => new Date(at).toISOString();

export const TRACKING_HEADER = ['Phone', 'Node', 'Message', 'Status', 'StatusTime', 'ErrorCode', 'ErrorReason'] as const;
export const INBOUND_HEADER = ['Phone', 'ReceivedTime', 'Channel', 'MessageType', 'Content', 'InReplyTo'] as const;
export const UNSUBSCRIBE_HEADER = ['Phone', 'UndeliveredMessages', 'LastUndeliveredTime', 'LastErrorCode', 'LastErrorReason'] as const;

/** Meta's error meaning in English: extracts are data files, read by other tools. */
const reason = (code: number | undefined): string | undefined => (code === undefined ? undefined : lookupError(code).meaning.en);

export function trackingCsv(rows: readonly TrackingRow[]): string {
  return toCsv(
    TRACKING_HEADER,
    rows.map((r) => [r.phone, r.node, r.message, r.status, iso(r.at), r.code, reason(r.code)]),
  );
}

export function inboundCsv(rows: readonly InboundRow[]): string {
  return toCsv(
    INBOUND_HEADER,
    rows.map((r) => [r.phone, iso(r.at), r.channel, r.type, r.content, r.node]),
  );
}

export function unsubscribeCsv(rows: readonly UnsubscribeRow[]): string {
  return toCsv(
    UNSUBSCRIBE_HEADER,
    rows.map((r) => [r.phone, r.undelivered, iso(r.lastAt), r.lastCode, reason(r.lastCode)]),
  );
}

/** The three files of a collector, named as they are downloaded. */
export interface Extracts {
  tracking: string;
  inbound: string;
  potentialUnsubscribe: string;
}

export function extractsOf(collector: ExtractCollector): Extracts {
  return {
    tracking: trackingCsv(collector.tracking),
    inbound: inboundCsv(collector.inbound),
    potentialUnsubscribe: unsubscribeCsv(collector.potentialUnsubscribes()),
  };
}
