/**
 * What the webhook receiver hands on, parsed and typed from Meta's envelope
 * (whatsapp-rules.md §8): message statuses, inbound messages and template review updates.
 */

/** Meta's status values the app acts on (`played` and newer values are ignored). */
export type DeliveryStatus = 'sent' | 'delivered' | 'read' | 'failed';

/** One error item of a `failed` status, or of an envelope-level `errors` list. */
export interface WebhookError {
  code: number;
  title?: string;
  message?: string;
  details?: string;
}

/** `pricing` of a status under per-message pricing; `billable` is deprecated but still sent. */
export interface StatusPricing {
  billable?: boolean;
  pricingModel?: string;
  category?: string;
  type?: string;
}

/** One item of `value.statuses[]`. */
export interface StatusEvent {
  /** The wamid the send answered with. */
  id: string;
  status: DeliveryStatus;
  /** Epoch ms (Meta sends Unix seconds as a string). */
  timestamp: number;
  recipientId: string;
  /** The send's own key, echoed by Meta. */
  bizOpaqueCallbackData?: string;
  pricing?: StatusPricing;
  errors: WebhookError[];
  phoneNumberId?: string;
}

/** What an inbound message carries, by its type. */
export type InboundContent =
  | { kind: 'text'; text: string }
  /** A tap on a template's quick-reply button. */
  | { kind: 'button'; payload: string; text: string }
  /** A tap on an interactive reply button of a session message. */
  | { kind: 'button_reply'; id: string; title: string }
  | { kind: 'list_reply'; id: string; title: string }
  /** Media, reactions, locations and the rest: kept by type only. */
  | { kind: 'other'; type: string };

/** One item of `value.messages[]`. */
export interface InboundEvent {
  id: string;
  from: string;
  timestamp: number;
  content: InboundContent;
  /** The wamid of the business message this answers (`context.id`), when given. */
  contextId?: string;
  /** A Click-to-WhatsApp ad or Page button entry (`referral`): free entry point. */
  fromAd: boolean;
  profileName?: string;
  phoneNumberId?: string;
}

/** A `message_template_status_update` change. */
export interface TemplateStatusEvent {
  event: string;
  templateId: string;
  name: string;
  language: string;
  reason?: string;
}

/** Everything one webhook POST carried. Unknown fields and malformed items are skipped. */
export interface ParsedWebhook {
  statuses: StatusEvent[];
  inbound: InboundEvent[];
  templates: TemplateStatusEvent[];
  /** Envelope-level errors (`value.errors`), e.g. a 130429 Meta reports out of band. */
  errors: WebhookError[];
}
