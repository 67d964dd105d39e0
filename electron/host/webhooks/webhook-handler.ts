/**
 * The webhook endpoint as a request handler, mountable in any node:http server:
 * - GET: Meta's verification handshake (hub.mode=subscribe and the verify token: 200 with the
 *   raw challenge, else 403);
 * - POST: the body read raw up to 3 MB (413 beyond), X-Hub-Signature-256 checked over those
 *   bytes in constant time (bad or missing: 401, nothing parsed or handed on), then parsed and
 *   handed on, duplicates and stale statuses filtered by the tracker.
 * The callbacks are awaited before the 200, so a callback that journals makes the webhook
 * durable; if one throws, the answer is 500 and Meta retries (the tracker then lets the
 * retry through, as the failed attempt added nothing to it).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendText } from '../web/http-replies';
import { readBodyBytes } from '../web/read-body';
import { parseWebhook } from './parse-webhook';
import { SIGNATURE_HEADER, verifyWebhookSignature } from './signature';
import type { MergeResult } from './status-merge';
import { StatusTracker } from './status-tracker';
import type { InboundEvent, ParsedWebhook, StatusEvent, TemplateStatusEvent } from './webhook-events';

/** Meta's payloads are at most 3 MB. */
export const MAX_WEBHOOK_BYTES = 3 * 1024 * 1024;

export interface WebhookHandlerOptions {
  appSecret: string;
  verifyToken: string;
  /** Called once per status that adds something, with the merged state. */
  onStatus?: (status: StatusEvent, merged: MergeResult) => void | Promise<void>;
  /** Called once per inbound message id. */
  onInbound?: (message: InboundEvent) => void | Promise<void>;
  onTemplateStatus?: (update: TemplateStatusEvent) => void | Promise<void>;
  /** Every verified POST, parsed, before filtering (for logs and tests). */
  onWebhook?: (parsed: ParsedWebhook) => void;
  tracker?: StatusTracker;
  maxBytes?: number;
}

export type WebhookHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** The handshake Meta makes when the callback URL is saved in the app dashboard. */
export function verificationAnswer(url: URL, verifyToken: string): { status: number; body: string } {
  const mode = url.searchParams.get('hub.mode');
  const token = url.searchParams.get('hub.verify_token');
  const challenge = url.searchParams.get('hub.challenge');
  if (mode === 'subscribe' && verifyToken !== '' && token === verifyToken && challenge !== null) return { status: 200, body: challenge };
  return { status: 403, body: 'Forbidden' };
}

export function createWebhookHandler(options: WebhookHandlerOptions): WebhookHandler {
  const tracker = options.tracker ?? new StatusTracker();
  const limit = options.maxBytes ?? MAX_WEBHOOK_BYTES;

  async function dispatch(parsed: ParsedWebhook): Promise<void> {
    options.onWebhook?.(parsed);
    for (const status of parsed.statuses) {
      const merged = tracker.merge(status.id, status.status, status.errors[0]?.code);
      if (merged.reached.length === 0) continue;
      await options.onStatus?.(status, merged);
      tracker.commit(status.id, merged);
    }
    for (const message of parsed.inbound) {
      if (tracker.seen(message.id)) continue;
      await options.onInbound?.(message);
      tracker.markSeen(message.id);
    }
    for (const update of parsed.templates) await options.onTemplateStatus?.(update);
  }

  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET') {
      const answer = verificationAnswer(url, options.verifyToken);
      return sendText(res, answer.status, answer.body);
    }
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'GET, POST');
      return sendText(res, 405, 'Method Not Allowed');
    }
    const body = await readBodyBytes(req, limit);
    if (!body.ok) return sendText(res, body.reason === 'too-large' ? 413 : 400, body.reason === 'too-large' ? 'Payload Too Large' : 'Bad Request');
    if (!verifyWebhookSignature(body.bytes, req.headers[SIGNATURE_HEADER], options.appSecret)) return sendText(res, 401, 'Invalid signature');
    let json: unknown;
    try {
      json = JSON.parse(body.bytes.toString('utf8'));
    } catch {
      // Signed but not JSON: Meta would never send it, and retrying would not fix it.
      return sendText(res, 400, 'Bad Request');
    }
    try {
      await dispatch(parseWebhook(json));
    } catch {
      return sendText(res, 500, 'Internal Server Error');
    }
    sendText(res, 200, 'OK');
  };
}
