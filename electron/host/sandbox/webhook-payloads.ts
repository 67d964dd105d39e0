/**
 * Webhook bodies in Meta's envelope (whatsapp-rules.md §8): statuses with a pricing object
 * and the send's `biz_opaque_callback_data`, inbound text and button replies, and template
 * review updates. Used by the sandbox, the receiver's tests and the webhook benchmark.
 */

export interface BusinessNumber {
  wabaId: string;
  phoneNumberId: string;
  displayPhoneNumber: string;
}

/** Unix seconds as a string, as Meta writes timestamps. */
export function unixSeconds(ms: number): string {
  return String(Math.floor(ms / 1000));
}

function envelope(wabaId: string, field: string, value: Record<string, unknown>): Record<string, unknown> {
  return { object: 'whatsapp_business_account', entry: [{ id: wabaId, changes: [{ value, field }] }] };
}

function messagesValue(business: BusinessNumber, rest: Record<string, unknown>): Record<string, unknown> {
  return {
    messaging_product: 'whatsapp',
    metadata: { display_phone_number: business.displayPhoneNumber, phone_number_id: business.phoneNumberId },
    ...rest,
  };
}

export interface StatusItem {
  id: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  at: number;
  recipientId: string;
  bizOpaqueCallbackData?: string;
  /** Per-message pricing: category in Meta's lower case (`marketing`, `service`…). */
  pricing?: { billable: boolean; category: string; type: string };
  error?: { code: number; title: string; details: string };
}

export function statusWebhook(business: BusinessNumber, item: StatusItem): Record<string, unknown> {
  const status: Record<string, unknown> = { id: item.id, status: item.status, timestamp: unixSeconds(item.at), recipient_id: item.recipientId };
  if (item.bizOpaqueCallbackData !== undefined) status.biz_opaque_callback_data = item.bizOpaqueCallbackData;
  if (item.pricing) status.pricing = { billable: item.pricing.billable, pricing_model: 'PMP', category: item.pricing.category, type: item.pricing.type };
  if (item.error) {
    status.errors = [{ code: item.error.code, title: item.error.title, message: item.error.title, error_data: { details: item.error.details } }];
  }
  return envelope(business.wabaId, 'messages', messagesValue(business, { statuses: [status] }));
}

export type InboundItem =
  | { kind: 'text'; text: string }
  /** A template quick-reply tap. */
  | { kind: 'button'; payload: string; text: string }
  /** An interactive reply-button tap. */
  | { kind: 'button_reply'; id: string; title: string };

export function inboundWebhook(
  business: BusinessNumber,
  message: { id: string; from: string; at: number; item: InboundItem; contextId?: string; profileName?: string },
): Record<string, unknown> {
  const m: Record<string, unknown> = { from: message.from, id: message.id, timestamp: unixSeconds(message.at) };
  if (message.contextId !== undefined) m.context = { from: business.displayPhoneNumber, id: message.contextId };
  const item = message.item;
  if (item.kind === 'text') Object.assign(m, { type: 'text', text: { body: item.text } });
  else if (item.kind === 'button') Object.assign(m, { type: 'button', button: { payload: item.payload, text: item.text } });
  else Object.assign(m, { type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: item.id, title: item.title } } });
  const contacts = [{ profile: { name: message.profileName ?? 'Sandbox user' }, wa_id: message.from }];
  return envelope(business.wabaId, 'messages', messagesValue(business, { contacts, messages: [m] }));
}

export function templateStatusWebhook(
  wabaId: string,
  update: { event: string; id: string; name: string; language: string; reason: string },
): Record<string, unknown> {
  return envelope(wabaId, 'message_template_status_update', {
    event: update.event,
    message_template_id: update.id,
    message_template_name: update.name,
    message_template_language: update.language,
    reason: update.reason,
  });
}
