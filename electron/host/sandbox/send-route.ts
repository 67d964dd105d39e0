/**
 * `POST /{version}/{phone-number-id}/messages`: the send pipeline, in the order the Cloud API
 * meets a request: injected faults, throughput (130429), the body (send-validation.ts), the
 * pair rate (131056), then acceptance. Failures Meta reports by webhook (window, reachability,
 * marketing caps) are accepted with a wamid and fail by webhook, unless `syncFailures`.
 * A send whose `biz_opaque_callback_data` was fenced (SandboxCore.fence) is refused in the
 * same synchronous step that would record it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendGraphError, sendJson } from './graph-answers';
import type { SandboxCore } from './sandbox-core';
import { checkSendBody } from './send-validation';

export function handleSend(core: SandboxCore, req: IncomingMessage, res: ServerResponse, text: string, held: Set<ServerResponse>, fault = core.faults.nextSend()): void {
  if (fault === 'late') {
    // Handled as if it had only now arrived; its client may well have timed out by then.
    core.scheduler.schedule(core.faults.lateMs, () => handleSend(core, req, res, text, held, null));
    return;
  }
  if (fault === 'throttle') {
    core.refuse(130429);
    return sendGraphError(res, { code: 130429, details: 'Message failed to send because there were too many messages sent from this phone number in a short period of time.' }, 429);
  }
  if (fault === 'serverError') {
    core.refuse(131000);
    return sendGraphError(res, { code: 131000, details: 'Something went wrong (injected fault).' }, 500);
  }
  if (fault === 'timeout') {
    // No answer at all: the client's own timeout decides. close() destroys what is still held.
    held.add(res);
    res.on('close', () => held.delete(res));
    return;
  }
  const now = core.scheduler.now();
  if (!core.throughput.take(now)) {
    core.refuse(130429);
    return sendGraphError(res, { code: 130429, details: 'Message failed to send because there were too many messages sent from this phone number in a short period of time.' });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    core.refuse(100);
    return sendGraphError(res, { code: 100, details: 'The request body is not valid JSON.' });
  }
  const checked = checkSendBody(body, core.templates);
  if (!checked.ok) {
    core.refuse(checked.refusal.code);
    return sendGraphError(res, checked.refusal);
  }
  const send = checked.send;
  if (!core.pairs.take(send.to, now)) {
    core.refuse(131056);
    return sendGraphError(res, { code: 131056, details: 'Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time.' });
  }
  const recipient = core.book.get(send.to);
  const failure = core.recipients.failureOf(send, recipient, now);
  if (failure !== 0 && core.options.syncFailures) {
    core.refuse(failure);
    return sendGraphError(res, { code: failure, details: `Message failed to send (${failure}).` });
  }
  if (core.isFenced(send.bizOpaqueCallbackData)) {
    core.refuse(100);
    return sendGraphError(res, { code: 100, details: 'Invalid parameter: this biz_opaque_callback_data was settled as never sent (sandbox fence); send again under a new key.' });
  }
  const record = core.accept(send, recipient, failure);
  if (fault === 'drop') {
    // The message IS recorded; the answer is lost with the connection.
    req.socket.destroy();
    return;
  }
  const message: { id: string; message_status?: string } = { id: record.id };
  if (send.type === 'template') message.message_status = 'accepted';
  sendJson(res, 200, { messaging_product: 'whatsapp', contacts: [{ input: String((body as { to: unknown }).to), wa_id: send.to }], messages: [message] });
}
