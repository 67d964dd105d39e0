/**
 * The sandbox's HTTP surface: the Cloud API's endpoints (messages, message templates, the
 * phone number) behind a bearer token check (190), and its own `GET /sandbox/messages` and
 * `POST /sandbox/inbound` for tests and lessons, and `POST /sandbox/fence` (SandboxCore.fence)
 * with which the executor settles sends whose answer it lost.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { tierOfMessagingLimit } from '../meta/phone-number';
import { readBody } from '../web/read-body';
import { sendGraphError, sendJson } from './graph-answers';
import type { SandboxCore } from './sandbox-core';
import { handleSend } from './send-route';
import type { StoredTemplate } from './template-registry';

const GRAPH_PATH = /^\/(v\d+(?:\.\d+)?)\/([^/]+)(?:\/(messages|message_templates))?\/?$/;
/** Meta accepts request bodies far larger than any send; this only bounds memory. */
const MAX_REQUEST_BYTES = 1024 * 1024;

function tokenAccepted(header: string | undefined, expected: string | undefined): boolean {
  const match = /^Bearer (.+)$/.exec(header ?? '');
  const token = match?.[1]?.trim() ?? '';
  if (token === '') return false;
  if (expected === undefined) return true;
  const a = Buffer.from(token);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function route(core: SandboxCore, req: IncomingMessage, res: ServerResponse, held: Set<ServerResponse>): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = req.method ?? 'GET';
  if (url.pathname === '/sandbox/messages' && method === 'GET') return sendJson(res, 200, { messages: core.records });
  if (url.pathname === '/sandbox/inbound' && method === 'POST') return sandboxInbound(core, req, res);
  if (url.pathname === '/sandbox/fence' && method === 'POST') return sandboxFence(core, req, res);

  const match = GRAPH_PATH.exec(url.pathname);
  if (!match) return sendGraphError(res, { code: 100, details: `Unknown path components: ${url.pathname}` }, 404);
  if (!tokenAccepted(req.headers.authorization, core.options.token)) {
    return sendGraphError(res, { code: 190, details: 'Invalid OAuth access token - Cannot parse access token' });
  }
  const [, , id, edge] = match;
  const { phoneNumberId, wabaId } = core.business;
  const expected = edge === 'message_templates' ? wabaId : phoneNumberId;
  const template = edge === undefined && method === 'POST' && id !== undefined ? core.templates.byId(id) : undefined;
  if (!template && id !== expected) {
    return sendGraphError(res, { code: 100, subcode: 33, details: `Unsupported request - Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.` }, 400);
  }
  const body = method === 'POST' ? await readBody(req, MAX_REQUEST_BYTES) : { ok: true as const, text: '' };
  if (!body.ok) return sendGraphError(res, { code: 100, details: 'The request body is too large or was cut.' }, 413);

  if (template) return editTemplate(core, template, body.text, res);
  if (edge === 'messages' && method === 'POST') return handleSend(core, req, res, body.text, held);
  if (edge === 'message_templates') return templates(core, method, url, body.text, res);
  if (edge === undefined && method === 'GET') return phoneNumber(core, res);
  return sendGraphError(res, { code: 100, details: `Unsupported ${method} request.` }, 400);
}

const NOT_JSON = { code: 100, details: 'The request body is not valid JSON.' };

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function templates(core: SandboxCore, method: string, url: URL, text: string, res: ServerResponse): void {
  if (method === 'GET') {
    const page = core.templates.list(url.searchParams);
    const paging: Record<string, unknown> = {};
    if (page.after !== undefined) {
      paging.cursors = { before: url.searchParams.get('after') ?? page.after, after: page.after };
      if (page.hasMore) {
        const next = new URL(url);
        next.searchParams.set('after', page.after);
        paging.next = `http://127.0.0.1:${url.port}${next.pathname}${next.search}`;
      }
    }
    return sendJson(res, 200, { data: page.data, paging });
  }
  if (method === 'POST') {
    const body = parseJson(text);
    if (!body.ok) return sendGraphError(res, NOT_JSON);
    const created = core.templates.create(body.value);
    return created.ok ? sendJson(res, 200, created.value) : sendGraphError(res, created.refusal);
  }
  if (method === 'DELETE') {
    const name = url.searchParams.get('name');
    if (!name) return sendGraphError(res, { code: 100, details: 'The parameter name is required.' });
    if (!core.templates.delete(name, url.searchParams.get('hsm_id'))) {
      return sendGraphError(res, { code: 100, details: `Message template "${name}" was not found.` });
    }
    return sendJson(res, 200, { success: true });
  }
  sendGraphError(res, { code: 100, details: `Unsupported ${method} request.` }, 400);
}

/** `POST /{template-id}`: Meta's edit of a message template (TemplateRegistry.edit). */
function editTemplate(core: SandboxCore, template: StoredTemplate, text: string, res: ServerResponse): void {
  const input = parseJson(text);
  if (!input.ok) return sendGraphError(res, NOT_JSON);
  const edited = core.templates.edit(template, input.value);
  return edited.ok ? sendJson(res, 200, edited.value) : sendGraphError(res, edited.refusal);
}

function phoneNumber(core: SandboxCore, res: ServerResponse): void {
  const { options, business } = core;
  sendJson(res, 200, {
    id: business.phoneNumberId,
    display_phone_number: `+${business.displayPhoneNumber}`,
    verified_name: options.displayName ?? 'Journey Studio Sandbox',
    quality_rating: options.quality ?? 'GREEN',
    messaging_limit_tier: tierOfMessagingLimit(options.messagingLimit === undefined ? 250 : options.messagingLimit),
    status: 'CONNECTED',
    name_status: 'APPROVED',
  });
}

async function sandboxInbound(core: SandboxCore, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req, 64 * 1024);
  let input: { from?: unknown; text?: unknown; fromAd?: unknown } = {};
  try {
    input = body.ok ? (JSON.parse(body.text) as typeof input) : {};
  } catch {
    // Answered below as a bad request.
  }
  const from = typeof input.from === 'string' ? input.from.replace(/\D/g, '') : '';
  if (from === '' || typeof input.text !== 'string') return sendJson(res, 400, { error: 'expected { "from": "+33…", "text": "…" }' });
  const id = core.inbound(core.book.get(from), { kind: 'text', text: input.text }, undefined, input.fromAd === true);
  sendJson(res, 200, { id });
}

/** `{ "keys": [...] }` → `{ "held": { key: wamid }, "fenced": [key] }` (SandboxCore.fence). */
async function sandboxFence(core: SandboxCore, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req, 4 * 1024 * 1024);
  let keys: unknown;
  try {
    keys = body.ok ? (JSON.parse(body.text) as { keys?: unknown }).keys : undefined;
  } catch {
    // Answered below as a bad request.
  }
  if (!Array.isArray(keys) || !keys.every((key) => typeof key === 'string')) return sendJson(res, 400, { error: 'expected { "keys": ["biz_opaque_callback_data", …] }' });
  sendJson(res, 200, core.fence(keys as string[]));
}
