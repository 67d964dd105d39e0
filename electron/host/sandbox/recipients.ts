/**
 * What the sandbox knows of each user it messages: the conversation clock (customer service
 * window and free entry point, core/whatsapp/window.ts) seeded from the audience's
 * `last_inbound_at` and moved by the users' simulated replies, the country of the number
 * (for the world's rates, pricing and the US marketing block), and whether the user can be
 * reached at all (numbers configured as not on WhatsApp, users who blocked the business).
 */
import type { Contact } from '../../../core/journey';
import { parsePhone, waId } from '../../../core/whatsapp/phone';
import {
  isCustomerServiceWindowOpen,
  isInsideFreeEntryPointPricing,
  NEW_CONVERSATION_CLOCK,
  recordBusinessMessage,
  recordInbound,
  type ConversationClock,
} from '../../../core/whatsapp';

export interface Recipient {
  waId: string;
  clock: ConversationClock;
  country: string | undefined;
  notOnWhatsApp: boolean;
  blocked: boolean;
  stoppedMarketing: boolean;
}

export class RecipientBook {
  private readonly byId = new Map<string, Recipient>();
  private readonly unreachable: Set<string>;

  constructor(audience: readonly Contact[], notOnWhatsApp: readonly string[]) {
    this.unreachable = new Set(notOnWhatsApp.map(waId));
    for (const contact of audience) {
      const recipient = this.get(waId(contact.phone));
      if (contact.country) recipient.country = contact.country;
      const last = contact.lastInboundAt === undefined ? Number.NaN : Date.parse(contact.lastInboundAt);
      if (Number.isFinite(last)) recipient.clock = recordInbound(recipient.clock, last);
    }
  }

  /** The user with WhatsApp id `id` (digits), created on first use. */
  get(id: string): Recipient {
    let recipient = this.byId.get(id);
    if (!recipient) {
      const phone = parsePhone(`+${id}`);
      recipient = {
        waId: id,
        clock: NEW_CONVERSATION_CLOCK,
        country: phone.ok ? phone.country : undefined,
        notOnWhatsApp: this.unreachable.has(id),
        blocked: false,
        stoppedMarketing: false,
      };
      this.byId.set(id, recipient);
    }
    return recipient;
  }

  windowOpen(recipient: Recipient, at: number): boolean {
    return isCustomerServiceWindowOpen(recipient.clock.lastInboundAt, at);
  }

  insideFreeEntryPoint(recipient: Recipient, at: number): boolean {
    return isInsideFreeEntryPointPricing(recipient.clock.freeEntryPointPricing, at);
  }

  inbound(recipient: Recipient, at: number, fromAd = false): void {
    recipient.clock = recordInbound(recipient.clock, at, fromAd);
  }

  businessMessage(recipient: Recipient, at: number): void {
    recipient.clock = recordBusinessMessage(recipient.clock, at);
  }
}
