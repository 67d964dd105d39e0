/**
 * The Cloud API's own shapes, as sent and received on the wire (snake_case kept on purpose:
 * these objects are JSON bodies). Sources: whatsapp-rules.md §1-2; Meta's Cloud API reference.
 */
import type { MediaRef, SendComponent } from '../../../core/whatsapp';

/** Fields every send body carries. */
interface MessageBase {
  messaging_product: 'whatsapp';
  recipient_type?: 'individual';
  /** The user's number, digits only (E.164 without `+`). */
  to: string;
  /** Echoed in every status webhook of this message: the send's own key. */
  biz_opaque_callback_data?: string;
  /** Quote an earlier message. */
  context?: { message_id: string };
}

export interface TemplatePayload {
  name: string;
  language: { code: string; policy: 'deterministic' };
  components?: SendComponent[];
}

export type MediaKind = 'image' | 'video' | 'document' | 'audio';
/** A media object: a link or an uploaded id, with a caption where Meta allows one (not audio). */
export type MediaPayload = MediaRef & { caption?: string; filename?: string };

export interface InteractiveButtonsPayload {
  type: 'button';
  body: { text: string };
  action: { buttons: { type: 'reply'; reply: { id: string; title: string } }[] };
}

/** A body for `POST /{phone-number-id}/messages`. */
export type CloudApiMessage = MessageBase &
  (
    | { type: 'template'; template: TemplatePayload }
    | { type: 'text'; text: { body: string; preview_url?: boolean } }
    | { type: 'image'; image: MediaPayload }
    | { type: 'video'; video: MediaPayload }
    | { type: 'document'; document: MediaPayload }
    | { type: 'audio'; audio: MediaPayload }
    | { type: 'interactive'; interactive: InteractiveButtonsPayload }
  );

/** The answer to an accepted send. */
export interface SendResponse {
  messaging_product: 'whatsapp';
  contacts: { input: string; wa_id: string }[];
  messages: { id: string; message_status?: string }[];
}

/** A template component as Meta's management API writes it. */
export interface GraphTemplateComponent {
  type: 'HEADER' | 'BODY' | 'FOOTER' | 'BUTTONS';
  format?: string;
  text?: string;
  buttons?: GraphTemplateButton[];
  example?: {
    header_text?: string[];
    body_text?: string[][];
    header_text_named_params?: { param_name: string; example: string }[];
    body_text_named_params?: { param_name: string; example: string }[];
  };
}

export interface GraphTemplateButton {
  type: string;
  text: string;
  url?: string;
  phone_number?: string;
  example?: string[];
  otp_type?: string;
}

/** A template as `GET /{waba-id}/message_templates` lists it. */
export interface GraphTemplate {
  id: string;
  name: string;
  language: string;
  status: string;
  category: string;
  parameter_format?: 'POSITIONAL' | 'NAMED';
  components: GraphTemplateComponent[];
  rejected_reason?: string;
}

/** A body for `POST /{waba-id}/message_templates`. */
export type GraphTemplateInput = Omit<GraphTemplate, 'id' | 'status' | 'rejected_reason'>;

/**
 * A body for `POST /{template-id}` (edit a template): new components, and a category Meta
 * accepts only for a REJECTED or PAUSED template. Name and language never change.
 */
export type GraphTemplateEdit = Pick<GraphTemplate, 'components'> & Partial<Pick<GraphTemplate, 'category'>>;

/** Meta's error envelope (whatsapp-rules.md §4.1). */
export interface GraphErrorEnvelope {
  error: {
    message: string;
    type?: string;
    code: number;
    error_subcode?: number;
    error_data?: { messaging_product?: string; details?: string };
    fbtrace_id?: string;
  };
}
