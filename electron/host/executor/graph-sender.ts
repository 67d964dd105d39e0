/**
 * The executor's sender over META's Graph client: each send becomes the exact Cloud API body
 * (templateMessageBody / sessionMessageBody, with the send key in biz_opaque_callback_data)
 * posted to Meta or the sandbox. A body that cannot be built is refused here as Meta would
 * refuse it (132001 no such template, 132000 a parameter without value), without a request.
 */
import { templateKey, type Template } from '../../../core/whatsapp/template';
import { sessionMessageBody, templateMessageBody, type CloudApiMessage, type GraphClient } from '../meta';
import type { SendAnswer, SendRequest, Sender } from './sender';

const TEMPLATE_MISSING = 132001;
const PARAMETER_MISMATCH = 132000;
const INVALID_PARAMETER = 131008;

/** The request body of a send, or the error code Meta would answer without sending. */
export function cloudApiBody(request: SendRequest, templates: ReadonlyMap<string, Template>): { ok: true; body: CloudApiMessage } | { ok: false; code: number } {
  const { effect, contact, key } = request;
  if (effect.type === 'send_session') {
    if (effect.message === null) return { ok: false, code: INVALID_PARAMETER };
    return { ok: true, body: sessionMessageBody({ to: contact.phone, message: effect.message, bizOpaqueCallbackData: key }) };
  }
  const template = templates.get(templateKey(effect.template, effect.language));
  if (template === undefined) return { ok: false, code: TEMPLATE_MISSING };
  const built = templateMessageBody({ to: contact.phone, template, values: effect.parameters, bizOpaqueCallbackData: key });
  return built.ok ? { ok: true, body: built.body } : { ok: false, code: PARAMETER_MISMATCH };
}

export function templateIndex(templates: readonly Template[]): Map<string, Template> {
  const index = new Map<string, Template>();
  for (const template of templates) if (!index.has(templateKey(template.name, template.language))) index.set(templateKey(template.name, template.language), template);
  return index;
}

/**
 * @param sandboxBaseUrl the sandbox's address when the channel is a sandbox: its fenced record
 *   then settles sends whose outcome is unknown (settle). Anything else answering there (a
 *   proxy to Meta on loopback) fails the fence and settles nothing.
 */
export function createGraphSender(client: GraphClient, templates: readonly Template[], sandboxBaseUrl?: string): Sender {
  const index = templateIndex(templates);
  const sender: Sender = {
    async send(request): Promise<SendAnswer> {
      const body = cloudApiBody(request, index);
      if (!body.ok) return { ok: false, code: body.code, kind: 'meta', httpStatus: 400 };
      const result = await client.sendMessage(body.body);
      if (result.ok) return { ok: true, wamid: result.value.wamid };
      const { code, kind, httpStatus, message, outcomeUnknown } = result.error;
      return { ok: false, code, kind, message, outcomeUnknown, ...(httpStatus !== undefined ? { httpStatus } : {}) };
    },
  };
  if (sandboxBaseUrl !== undefined) sender.settle = (keys) => sandboxFence(sandboxBaseUrl, keys);
  return sender;
}

/** Settles `keys` at the sandbox: held (wamid) or fenced (null), as Sender.settle describes. */
export async function sandboxFence(baseUrl: string, keys: readonly string[]): Promise<Map<string, string | null>> {
  const response = await fetch(`${baseUrl.replace(/\/$/, '')}/sandbox/fence`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ keys }),
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) throw new Error(`the sandbox answered ${response.status} for a fence`);
  const { held, fenced } = (await response.json()) as { held?: Record<string, string>; fenced?: string[] };
  const answer = new Map<string, string | null>();
  // Only keys that were asked count: a confused answer cannot settle another send.
  const asked = new Set(keys);
  for (const key of Array.isArray(fenced) ? fenced : []) if (asked.has(key)) answer.set(key, null);
  for (const [key, wamid] of Object.entries(held ?? {})) if (asked.has(key) && typeof wamid === 'string') answer.set(key, wamid);
  return answer;
}
