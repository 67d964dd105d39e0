import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { contentTypeFor } from '../host/static/content-type';
import { findServableFile } from '../host/static/safe-path';
import { SECURITY_HEADERS } from '../host/static/security-headers';
import { APP_HOST, APP_SCHEME } from './security';

/**
 * Must run before the app is ready. `standard` gives app://renderer/ an origin and relative
 * URLs; `secure` makes it a secure context like https; `supportFetchAPI` lets the page
 * fetch its own assets. No bypassCSP, no CORS: the page is held to its CSP.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function refuse(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS } });
}

/**
 * Serves the built renderer for app:// requests. The raw path (still percent-encoded) goes
 * through the same traversal check as the web host, and every answer carries the CSP.
 */
export function createAppProtocolHandler(rendererDir: string) {
  return async (request: Pick<Request, 'url' | 'method'>): Promise<Response> => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refuse(400, 'bad request');
    }
    if (url.host !== APP_HOST) return refuse(404, 'not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'method not allowed');
    // The path as sent, before any URL parser folds `..`: the traversal check sees every spelling.
    const afterScheme = request.url.slice(`${APP_SCHEME}://`.length);
    const slash = afterScheme.indexOf('/');
    const rawPath = slash === -1 ? '/' : (afterScheme.slice(slash).split(/[?#]/)[0] ?? '/');
    const file = await findServableFile(rendererDir, rawPath);
    if (!file) return refuse(404, 'not found');
    const body = request.method === 'HEAD' ? null : await readFile(file);
    return new Response(body, { status: 200, headers: { 'Content-Type': contentTypeFor(file), ...SECURITY_HEADERS } });
  };
}

export function installAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
}
