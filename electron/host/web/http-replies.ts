import type { ServerResponse } from 'node:http';
import type { HostResult } from '../../../core/api/host-api';
import { SECURITY_HEADERS } from '../static/security-headers';

/** Every response carries the same CSP and hardening headers, errors included. */
export function applySecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

/** API answers are always a HostResult, so the client parses every status the same way. */
export function sendResult(res: ServerResponse, status: number, result: HostResult<unknown>): void {
  const body = JSON.stringify(result);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

export function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  sendResult(res, status, { ok: false, error: { code, message } });
}

/** Plain-text errors for the static side, where the browser shows the page itself. */
export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}
