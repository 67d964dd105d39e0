/**
 * A send body checked as the Cloud API checks it: structure (100), unsupported type (131051),
 * session message limits (131009, core checkSessionMessageLimits), and for templates: unknown
 * name or language, or not approved (132001), paused (132015), disabled (132016), parameters
 * (core bindSendComponents: 132000/132012, then checkSendValues: 131008/132005/132007).
 * Window, reachability and rate checks depend on the sandbox's state and live with the route.
 */
import type { SessionMessage } from '../../../core/journey';
import { bindSendComponents, checkSendValues, checkSessionMessageLimits, type PricingCategory, type ReceivedComponent } from '../../../core/whatsapp';
import type { InboundItem } from './webhook-payloads';
import type { Refusal, StoredTemplate, TemplateRegistry } from './template-registry';

/** A send the sandbox can accept, as far as its body goes. */
export interface CheckedSend {
  to: string;
  type: string;
  category: PricingCategory;
  template?: StoredTemplate;
  bizOpaqueCallbackData?: string;
  /** What the user can tap to answer (template quick replies, interactive reply buttons). */
  replies: InboundItem[];
}

export type SendCheck = { ok: true; send: CheckedSend } | { ok: false; refusal: Refusal };

type Json = Record<string, unknown>;
const MEDIA = ['image', 'video', 'document', 'audio'] as const;
const SUPPORTED = new Set(['template', 'text', 'interactive', ...MEDIA]);
const OPAQUE_MAX = 512;

function obj(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}
const refuse = (code: number, details: string): SendCheck => ({ ok: false, refusal: { code, details } });

export function checkSendBody(raw: unknown, templates: TemplateRegistry): SendCheck {
  const body = obj(raw);
  if (!body || body.messaging_product !== 'whatsapp') return refuse(100, 'The parameter messaging_product is required and must be "whatsapp".');
  const to = typeof body.to === 'string' ? body.to.replace(/[\s+\-().]/g, '') : '';
  if (!/^\d{6,15}$/.test(to)) return refuse(100, 'The parameter to is required: the recipient\'s number in international form.');
  const type = typeof body.type === 'string' ? body.type : 'text';
  if (!SUPPORTED.has(type)) return refuse(131051, `Message type ${type} is not supported by this sandbox.`);
  const opaque = body.biz_opaque_callback_data;
  if (opaque !== undefined && (typeof opaque !== 'string' || opaque.length > OPAQUE_MAX)) {
    return refuse(100, `biz_opaque_callback_data must be a string of at most ${OPAQUE_MAX} characters.`);
  }
  const base = { to, type, ...(typeof opaque === 'string' ? { bizOpaqueCallbackData: opaque } : {}) };
  if (type === 'template') return checkTemplate(obj(body.template), templates, base);
  const session = sessionMessageOf(type, body);
  if (typeof session === 'string') return refuse(100, session);
  const issue = checkSessionMessageLimits(session)[0];
  if (issue) return refuse(131009, issue.message);
  const replies: InboundItem[] = session.kind === 'buttons' ? session.buttons.map((b) => ({ kind: 'button_reply', id: b.id, title: b.title })) : [];
  return { ok: true, send: { ...base, category: 'SERVICE', replies } };
}

function checkTemplate(payload: Json | undefined, templates: TemplateRegistry, base: Pick<CheckedSend, 'to' | 'type' | 'bizOpaqueCallbackData'>): SendCheck {
  const name = payload?.name;
  const language = obj(payload?.language)?.code;
  if (typeof name !== 'string' || typeof language !== 'string') return refuse(100, 'template.name and template.language.code are required.');
  const stored = templates.find(name, language);
  const status = stored?.template.status;
  if (!stored || (status !== 'APPROVED' && status !== 'PAUSED' && status !== 'DISABLED')) {
    return refuse(132001, `Template name ${name} does not exist in ${language}, or is not approved.`);
  }
  if (status === 'PAUSED') return refuse(132015, `Template ${name} is paused because of low quality.`);
  if (status === 'DISABLED') return refuse(132016, `Template ${name} has been disabled because of low quality.`);
  const components = Array.isArray(payload?.components) ? (payload.components as ReceivedComponent[]) : [];
  const bound = bindSendComponents(stored.template, components);
  if (!bound.ok) return refuse(bound.refusal.code, bound.refusal.details);
  const values = checkSendValues(stored.template, bound.values);
  if (values) return refuse(values.code, values.details);
  const replies: InboundItem[] = (stored.template.components.buttons ?? [])
    .filter((b) => b.type === 'QUICK_REPLY')
    .map((b) => ({ kind: 'button', payload: b.text, text: b.text }));
  return { ok: true, send: { ...base, category: stored.template.category, template: stored, replies } };
}

/** The free-form payload as the app's SessionMessage, to share core's limit checks; or what is missing. */
function sessionMessageOf(type: string, body: Json): SessionMessage | string {
  if (type === 'text') {
    const text = obj(body.text)?.body;
    return typeof text === 'string' ? { kind: 'text', text } : 'text.body is required.';
  }
  if (type === 'interactive') {
    const interactive = obj(body.interactive);
    if (interactive?.type !== 'button') return 'interactive.type must be "button" (reply buttons) in this sandbox.';
    const text = obj(interactive.body)?.text;
    const buttons = obj(interactive.action)?.buttons;
    if (typeof text !== 'string' || !Array.isArray(buttons)) return 'interactive.body.text and interactive.action.buttons are required.';
    const parsed = buttons.map((b) => obj(obj(b)?.reply)).map((r) => ({ id: String(r?.id ?? ''), title: String(r?.title ?? '') }));
    return { kind: 'buttons', text, buttons: parsed };
  }
  const media = obj(body[type]);
  const url = typeof media?.link === 'string' ? media.link : typeof media?.id === 'string' ? media.id : undefined;
  if (url === undefined) return `${type}.link or ${type}.id is required.`;
  const message: SessionMessage = { kind: 'media', media: type as (typeof MEDIA)[number], url };
  if (typeof media?.caption === 'string') message.caption = media.caption;
  return message;
}
