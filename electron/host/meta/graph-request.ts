/**
 * One Graph API call: the bearer token in the header only (never in the URL, so no log or
 * error that shows a URL can leak it), a timeout through AbortController on every request,
 * and every outcome as a value (graph-error.ts). Never throws.
 */
import { httpError, metaError, networkError, timeoutError, type GraphResult } from './graph-error';

export const DEFAULT_GRAPH_BASE_URL = 'https://graph.facebook.com';
export const GRAPH_API_VERSION = 'v23.0';
export const DEFAULT_TIMEOUT_MS = 15_000;

export interface GraphTransport {
  /** Meta's address, or a sandbox's; a trailing `/vNN.N` is kept, else the version is added. */
  baseUrl: string;
  token: string;
  timeoutMs: number;
  fetch: typeof fetch;
}

export interface GraphCall {
  method: 'GET' | 'POST' | 'DELETE';
  /** After the version: `/123/messages`. */
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
}

/** The versioned root of a base URL. */
export function versionedRoot(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  return /\/v\d+(\.\d+)?$/.test(trimmed) ? trimmed : `${trimmed}/${GRAPH_API_VERSION}`;
}

export async function graphCall<T>(transport: GraphTransport, call: GraphCall): Promise<GraphResult<T>> {
  const url = new URL(versionedRoot(transport.baseUrl) + call.path);
  for (const [key, value] of Object.entries(call.query ?? {})) if (value !== undefined) url.searchParams.set(key, String(value));
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), transport.timeoutMs);
  try {
    const headers: Record<string, string> = { Authorization: `Bearer ${transport.token}` };
    if (call.body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await transport.fetch(url, {
      method: call.method,
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
      signal: controller.signal,
    });
    // The body read stays under the same timer: a server that sends headers and stalls is a timeout too.
    const text = await response.text();
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (response.ok && json !== undefined) return { ok: true, value: json as T };
    const error = metaError(response.status, json, transport.token) ?? httpError(response.status, transport.token, text);
    return { ok: false, error };
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, error: timeoutError(transport.timeoutMs) };
    return { ok: false, error: networkError(error, transport.token) };
  } finally {
    clearTimeout(timer);
  }
}
