import { createHash, timingSafeEqual } from 'node:crypto';

/** The header the renderer sends with the per-launch secret on every API call. */
export const SECRET_HEADER = 'x-wajourney-secret';

/**
 * DNS rebinding: a hostile site can point its own name at 127.0.0.1, but the browser still
 * sends that name in Host. Only the loopback names we printed are accepted.
 */
export function isAllowedHost(hostHeader: string, bindHost: string, port: number): boolean {
  const host = hostHeader.toLowerCase();
  return host === `${bindHost}:${port}` || host === `localhost:${port}`;
}

/**
 * Cross-site requests are refused: when the browser says where a request comes from
 * (Origin, Sec-Fetch-Site), it must be this very origin. A missing Origin is a same-origin
 * GET or a non-browser client, which the secret still guards.
 */
export function isSameOriginRequest(
  origin: string | undefined,
  secFetchSite: string | undefined,
  hostHeader: string,
): boolean {
  if (secFetchSite !== undefined && secFetchSite !== 'same-origin' && secFetchSite !== 'none') return false;
  if (origin === undefined) return true;
  return origin.toLowerCase() === `http://${hostHeader.toLowerCase()}`;
}

/**
 * Compares in constant time. Hashing first gives both sides the same length, which
 * timingSafeEqual requires, without revealing the secret's length through an early return.
 */
export function secretMatches(provided: string | string[] | undefined, expected: string): boolean {
  if (typeof provided !== 'string' || provided.length === 0) return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(provided), digest(expected));
}
