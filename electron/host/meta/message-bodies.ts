/**
 * The exact Cloud API bodies for a send (whatsapp-rules.md §1.2-1.3). Pure: the executor's
 * `--dry-run` prints these, the client posts them, the sandbox checks them. Template
 * components come from core's buildSendComponents (positional, or named with
 * `parameter_name`); recipients become `to` digits with core's waId.
 */
import type { SessionMessage } from '../../../core/journey';
import { buildSendComponents, type MediaRef, type PlaceholderValues, type Template } from '../../../core/whatsapp';
import { waId } from '../../../core/whatsapp/phone';
import type { CloudApiMessage, MediaPayload } from './cloud-api-types';

/** A send of a template to one recipient. */
export interface TemplateMessageInput {
  /** E.164 (`+33612345678`) or digits. */
  to: string;
  template: Pick<Template, 'name' | 'language' | 'components'>;
  /** Values by the template's placeholder keys (`"1"`, `"first_name"`). */
  values: PlaceholderValues;
  /** The media of an IMAGE, VIDEO or DOCUMENT header. */
  headerMedia?: MediaRef;
  bizOpaqueCallbackData?: string;
}

export type TemplateBodyResult = { ok: true; body: CloudApiMessage } | { ok: false; missing: string[] };

/** A send of a free-form message, allowed only in an open customer service window. */
export interface SessionMessageInput {
  to: string;
  message: SessionMessage;
  bizOpaqueCallbackData?: string;
  /** Lets WhatsApp render a preview of the first link of a text. */
  previewUrl?: boolean;
}

function base(to: string, opaque: string | undefined) {
  const body = { messaging_product: 'whatsapp' as const, recipient_type: 'individual' as const, to: waId(to) };
  return opaque === undefined ? body : { ...body, biz_opaque_callback_data: opaque };
}

/**
 * The body of a template send, or the placeholder keys with no value (Meta would answer
 * 132000; sending an empty value instead would only move the failure to Meta).
 */
export function templateMessageBody(input: TemplateMessageInput): TemplateBodyResult {
  const built = buildSendComponents(input.template, input.values, input.headerMedia ? { headerMedia: input.headerMedia } : {});
  if (!built.ok) return { ok: false, missing: built.missing };
  const template: Extract<CloudApiMessage, { type: 'template' }>['template'] = {
    name: input.template.name,
    language: { code: input.template.language, policy: 'deterministic' },
  };
  if (built.components.length > 0) template.components = built.components;
  return { ok: true, body: { ...base(input.to, input.bizOpaqueCallbackData), type: 'template', template } };
}

/** The body of a free-form text, media or reply-buttons message. */
export function sessionMessageBody(input: SessionMessageInput): CloudApiMessage {
  const head = base(input.to, input.bizOpaqueCallbackData);
  const message = input.message;
  switch (message.kind) {
    case 'text': {
      const text: { body: string; preview_url?: boolean } = { body: message.text };
      if (input.previewUrl !== undefined) text.preview_url = input.previewUrl;
      return { ...head, type: 'text', text };
    }
    case 'buttons':
      return {
        ...head,
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: message.text },
          action: { buttons: message.buttons.map((b) => ({ type: 'reply' as const, reply: { id: b.id, title: b.title } })) },
        },
      };
    case 'media': {
      const media: MediaPayload = { link: message.url };
      // Meta takes no caption on audio (nor stickers).
      if (message.caption !== undefined && message.media !== 'audio') media.caption = message.caption;
      switch (message.media) {
        case 'image':
          return { ...head, type: 'image', image: media };
        case 'video':
          return { ...head, type: 'video', video: media };
        case 'document':
          return { ...head, type: 'document', document: media };
        case 'audio':
          return { ...head, type: 'audio', audio: media };
      }
    }
  }
}
