/**
 * Meta's statuses as a report must count them: once per message and in order. Webhooks come
 * twice or out of order, and `read` implies `delivered` (a late `delivered` never undoes
 * `read`), so a `read` with no `delivered` before it brings the `delivered` it implies, and a
 * status already seen for the message is dropped. One small number per message sent is kept.
 */
import type { ReportEvent } from './events';
import { MessageKeys } from './message-key';

const BIT = { sent: 1, delivered: 2, read: 4, failed: 8 } as const;

export class StatusDedupe {
  private readonly seen = new Map<number, number>();
  private readonly keys = new MessageKeys();

  /** The events to report for `event`: none, itself, or the implied `delivered` then itself. */
  accept(event: ReportEvent): ReportEvent[] {
    if (event.node === undefined || !(event.type in BIT)) return [event];
    const key = this.keys.key(event.contact, event.node);
    const bits = this.seen.get(key) ?? 0;
    const bit = BIT[event.type as keyof typeof BIT];
    if ((bits & bit) !== 0) return [];
    if (event.type === 'read' && (bits & BIT.delivered) === 0) {
      this.seen.set(key, bits | BIT.delivered | BIT.read);
      return [{ ...event, type: 'delivered' }, event];
    }
    this.seen.set(key, bits | bit);
    return [event];
  }
}
