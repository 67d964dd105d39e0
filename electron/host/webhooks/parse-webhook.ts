/**
 * Meta's webhook envelope to typed events: `{ object: 'whatsapp_business_account', entry: [{
 * changes: [{ field, value }] }] }`. Lenient by design: a malformed item is skipped, never
 * thrown on, since Meta only retries on a non-200 and a bad item would be retried for 7 days.
 * Newer payloads may omit `wa_id`/`from` for username-only users (whatsapp-rules.md §8): such
 * items keep an empty sender rather than being dropped.
 */
import type {
  DeliveryStatus,
  InboundContent,
  InboundEvent,
  ParsedWebhook,
  StatusEvent,
  StatusPricing,
  TemplateStatusEvent,
  WebhookError,
} from './webhook-events';

type Json = Record<string, unknown>;

const STATUSES: ReadonlySet<string> = new Set(['sent', 'delivered', 'read', 'failed']);

function obj(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}
function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}
/** Unix seconds (string or number) to epoch ms; 0 when absent. */
function millis(value: unknown): number {
  const seconds = Number(value);
  return Number.isFinite(seconds) ? seconds * 1000 : 0;
}

/** Parses a webhook body already decoded from JSON. */
export function parseWebhook(body: unknown): ParsedWebhook {
  const out: ParsedWebhook = { statuses: [], inbound: [], templates: [], errors: [] };
  for (const entry of list(obj(body)?.entry)) {
    for (const change of list(obj(entry)?.changes)) {
      const c = obj(change);
      const value = obj(c?.value);
      if (!c || !value) continue;
      if (c.field === 'messages') parseMessagesValue(value, out);
      else if (c.field === 'message_template_status_update') {
        const template = parseTemplateStatus(value);
        if (template) out.templates.push(template);
      }
    }
  }
  return out;
}

function parseMessagesValue(value: Json, out: ParsedWebhook): void {
  const phoneNumberId = str(obj(value.metadata)?.phone_number_id);
  for (const item of list(value.statuses)) {
    const status = parseStatus(obj(item), phoneNumberId);
    if (status) out.statuses.push(status);
  }
  const profiles = new Map<string, string>();
  for (const contact of list(value.contacts)) {
    const c = obj(contact);
    const id = str(c?.wa_id);
    const name = str(obj(c?.profile)?.name);
    if (id && name) profiles.set(id, name);
  }
  for (const item of list(value.messages)) {
    const message = parseInbound(obj(item), phoneNumberId, profiles);
    if (message) out.inbound.push(message);
  }
  out.errors.push(...parseErrors(value.errors));
}

function parseErrors(value: unknown): WebhookError[] {
  const errors: WebhookError[] = [];
  for (const item of list(value)) {
    const e = obj(item);
    const code = Number(e?.code);
    if (!e || !Number.isFinite(code)) continue;
    const error: WebhookError = { code };
    const title = str(e.title);
    const message = str(e.message);
    const details = str(obj(e.error_data)?.details);
    if (title !== undefined) error.title = title;
    if (message !== undefined) error.message = message;
    if (details !== undefined) error.details = details;
    errors.push(error);
  }
  return errors;
}

function parseStatus(s: Json | undefined, phoneNumberId: string | undefined): StatusEvent | null {
  const id = str(s?.id);
  const status = str(s?.status);
  if (!s || !id || !status || !STATUSES.has(status)) return null;
  const event: StatusEvent = {
    id,
    status: status as DeliveryStatus,
    timestamp: millis(s.timestamp),
    recipientId: str(s.recipient_id) ?? '',
    errors: parseErrors(s.errors),
  };
  const opaque = str(s.biz_opaque_callback_data);
  if (opaque !== undefined) event.bizOpaqueCallbackData = opaque;
  const pricing = obj(s.pricing);
  if (pricing) event.pricing = parsePricing(pricing);
  if (phoneNumberId !== undefined) event.phoneNumberId = phoneNumberId;
  return event;
}

function parsePricing(p: Json): StatusPricing {
  const pricing: StatusPricing = {};
  if (typeof p.billable === 'boolean') pricing.billable = p.billable;
  const model = str(p.pricing_model);
  const category = str(p.category);
  const type = str(p.type);
  if (model !== undefined) pricing.pricingModel = model;
  if (category !== undefined) pricing.category = category;
  if (type !== undefined) pricing.type = type;
  return pricing;
}

function parseInbound(m: Json | undefined, phoneNumberId: string | undefined, profiles: Map<string, string>): InboundEvent | null {
  const id = str(m?.id);
  if (!m || !id) return null;
  const from = str(m.from) ?? '';
  const event: InboundEvent = { id, from, timestamp: millis(m.timestamp), content: inboundContent(m), fromAd: obj(m.referral) !== undefined };
  const contextId = str(obj(m.context)?.id);
  if (contextId !== undefined) event.contextId = contextId;
  const profileName = profiles.get(from);
  if (profileName !== undefined) event.profileName = profileName;
  if (phoneNumberId !== undefined) event.phoneNumberId = phoneNumberId;
  return event;
}

function inboundContent(m: Json): InboundContent {
  const type = str(m.type) ?? 'unknown';
  if (type === 'text') return { kind: 'text', text: str(obj(m.text)?.body) ?? '' };
  if (type === 'button') {
    const button = obj(m.button);
    return { kind: 'button', payload: str(button?.payload) ?? '', text: str(button?.text) ?? '' };
  }
  if (type === 'interactive') {
    const interactive = obj(m.interactive);
    const reply = obj(interactive?.button_reply);
    if (reply) return { kind: 'button_reply', id: str(reply.id) ?? '', title: str(reply.title) ?? '' };
    const row = obj(interactive?.list_reply);
    if (row) return { kind: 'list_reply', id: str(row.id) ?? '', title: str(row.title) ?? '' };
  }
  return { kind: 'other', type };
}

function parseTemplateStatus(value: Json): TemplateStatusEvent | null {
  const event = str(value.event);
  const name = str(value.message_template_name);
  if (!event || !name) return null;
  const out: TemplateStatusEvent = {
    event,
    templateId: str(value.message_template_id) ?? '',
    name,
    language: str(value.message_template_language) ?? '',
  };
  const reason = str(value.reason);
  if (reason !== undefined) out.reason = reason;
  return out;
}
