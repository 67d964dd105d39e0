import type { IncomingMessage, ServerResponse } from 'node:http';
import { HostErrorCode } from '../../../core/api/host-api';
import type { HostHandlers } from '../../../core/api/host-api';
import { handleHostCall, isHostCallName } from '../api/dispatch';
import { sendError, sendResult } from './http-replies';
import { readBody } from './read-body';

/** Codes for refusals that happen before a call reaches the dispatcher. */
export const HttpErrorCode = {
  unauthorized: 'http/unauthorized',
  forbidden: HostErrorCode.forbidden,
  notFound: 'http/not-found',
  methodNotAllowed: 'http/method-not-allowed',
  unsupportedMediaType: 'http/unsupported-media-type',
  payloadTooLarge: 'http/payload-too-large',
  badJson: 'http/bad-json',
} as const;

/** `app%3Ainfo` and `app:info` name the same call; malformed encoding names none. */
function decodeCallName(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function isJsonContentType(value: string | undefined): boolean {
  return value?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * POST /api/<callName> with the arguments as a JSON body. Requiring application/json also
 * means a cross-site form or a "simple" fetch can never reach a handler without a CORS
 * preflight, which this server never grants.
 */
export async function handleApiCall(
  req: IncomingMessage,
  res: ServerResponse,
  rawCallName: string,
  handlers: HostHandlers,
): Promise<void> {
  const callName = decodeCallName(rawCallName);
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    sendError(res, 405, HttpErrorCode.methodNotAllowed, 'host calls are POST requests');
    return;
  }
  if (!isHostCallName(callName)) {
    sendError(res, 404, HostErrorCode.unknownCall, `unknown host call: ${callName}`);
    return;
  }
  if (!isJsonContentType(req.headers['content-type'])) {
    sendError(res, 415, HttpErrorCode.unsupportedMediaType, 'send the arguments as application/json');
    return;
  }
  const body = await readBody(req);
  if (!body.ok) {
    if (body.reason === 'aborted') return;
    res.setHeader('Connection', 'close');
    sendError(res, 413, HttpErrorCode.payloadTooLarge, 'request body over 1 MiB');
    return;
  }
  let args: unknown = {};
  if (body.text.trim() !== '') {
    try {
      args = JSON.parse(body.text);
    } catch {
      sendError(res, 400, HttpErrorCode.badJson, 'the body is not valid JSON');
      return;
    }
  }
  // Errors are data: a refused call is still a 200 carrying { ok: false }.
  sendResult(res, 200, await handleHostCall(callName, args, handlers));
}
