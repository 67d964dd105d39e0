/**
 * Meta's webhook signature: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(raw body, app secret)>`
 * (whatsapp-rules.md §8). Computed over the raw bytes as received, never over re-serialised
 * JSON (emoji and escapes would change the bytes), and compared in constant time.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header Meta signs with. Node lower-cases incoming header names. */
export const SIGNATURE_HEADER = 'x-hub-signature-256';

const PREFIX = 'sha256=';
const HEX_DIGEST = /^[0-9a-f]{64}$/i;

/** The header value for `body` signed with `appSecret`. */
export function signWebhookBody(body: string | Buffer, appSecret: string): string {
  return PREFIX + createHmac('sha256', appSecret).update(body).digest('hex');
}

/**
 * Whether `header` is the signature of `raw` with `appSecret`. A missing, malformed or wrong
 * header is false; the digests are compared with timingSafeEqual so the answer's timing says
 * nothing about how much of a forged signature was right.
 */
export function verifyWebhookSignature(raw: Buffer, header: string | string[] | undefined, appSecret: string): boolean {
  if (typeof header !== 'string' || !header.startsWith(PREFIX) || appSecret === '') return false;
  const hex = header.slice(PREFIX.length);
  if (!HEX_DIGEST.test(hex)) return false;
  const expected = createHmac('sha256', appSecret).update(raw).digest();
  return timingSafeEqual(Buffer.from(hex, 'hex'), expected);
}
