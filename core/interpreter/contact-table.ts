/**
 * The state of many contacts in one journey, as columns of typed arrays: a million contacts
 * cost about 40 bytes each plus 7 bytes per message node, and no garbage. Row `i` is contact
 * `i`. The interpreter reads and writes rows in place; {@link step} uses a table of one row.
 *
 * Times are epoch ms; NaN means "none" (no pending timer, never wrote in, no ad entry).
 */
import type { Contact } from '../journey/contact';
import type { CompiledJourney } from './compiled';
import { Consent, Phase } from './types';

export class ContactTable {
  /** Current node, -1 before entry. */
  readonly node: Int32Array;
  readonly phase: Uint8Array;
  /** Time of the pending timer. */
  readonly wakeAt: Float64Array;
  /** Token of the pending timer: a timer event with another token is stale. */
  readonly timer: Int32Array;
  readonly consent: Uint8Array;
  /** The contact's last inbound message: the customer service window runs 24 h from it. */
  readonly lastInboundAt: Float64Array;
  /** An ad entry waiting for the business's first reply (free entry point). */
  readonly adEntryAt: Float64Array;
  /** End of the free entry point pricing window. */
  readonly freeUntil: Float64Array;
  /** Per contact and message slot (`i * messages + m`): {@link MessageStatus} bits. */
  readonly status: Uint8Array;
  /** Per contact and message slot: the button tapped (interned id + 1), 0 for none, -1 unknown. */
  readonly button: Int16Array;
  /** Per contact and message slot: Meta's error code when the message failed. */
  readonly failCode: Int32Array;
  /** Per contact and attribute slot: the value set by update_contact (interned id + 1), 0 unset. */
  readonly attribute: Int32Array;

  constructor(
    readonly size: number,
    /** Message slots per contact. */
    readonly messages: number,
    /** Attribute slots per contact. */
    readonly attributes: number,
  ) {
    this.node = new Int32Array(size).fill(-1);
    this.phase = new Uint8Array(size);
    this.wakeAt = new Float64Array(size).fill(Number.NaN);
    this.timer = new Int32Array(size);
    this.consent = new Uint8Array(size);
    this.lastInboundAt = new Float64Array(size).fill(Number.NaN);
    this.adEntryAt = new Float64Array(size).fill(Number.NaN);
    this.freeUntil = new Float64Array(size).fill(Number.NaN);
    this.status = new Uint8Array(size * messages);
    this.button = new Int16Array(size * messages);
    this.failCode = new Int32Array(size * messages);
    this.attribute = new Int32Array(size * attributes);
  }

  /** A table sized for `compiled`. */
  static for(compiled: CompiledJourney, size: number): ContactTable {
    return new ContactTable(size, compiled.messageNodes.length, compiled.attributeSlots.length);
  }

  /**
   * Sets row `i` to a contact that has not entered yet: consent from its opt-ins, the customer
   * service window from `lastInboundAt`. Rows start blank, so a fresh table needs no reset.
   */
  initRow(i: number, contact: Contact): void {
    this.consent[i] = (contact.whatsappOptIn ? Consent.WhatsApp : 0) | (contact.marketingOptIn ? Consent.Marketing : 0);
    if (contact.lastInboundAt !== undefined) {
      const at = Date.parse(contact.lastInboundAt);
      this.lastInboundAt[i] = Number.isFinite(at) ? at : Number.NaN;
    }
  }

  /** Whether contact `i` has left the journey. */
  exited(i: number): boolean {
    return this.phase[i] === Phase.Exited;
  }
}
