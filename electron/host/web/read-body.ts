import type { IncomingMessage } from 'node:http';

/** HostApi arguments are small (a secret is at most 8 KiB); anything bigger is refused unread. */
export const MAX_BODY_BYTES = 1024 * 1024;

export type BodyResult = { ok: true; text: string } | { ok: false; reason: 'too-large' | 'aborted' };
export type BytesResult = { ok: true; bytes: Buffer } | { ok: false; reason: 'too-large' | 'aborted' };

/** Reads the request body up to `limit` bytes as UTF-8 text (see {@link readBodyBytes}). */
export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const result = await readBodyBytes(req, limit);
  return result.ok ? { ok: true, text: result.bytes.toString('utf8') } : result;
}

/**
 * Reads the request body up to `limit` bytes, as the raw bytes (a signature is checked over
 * them, before any decoding). A declared Content-Length over the limit is refused before a
 * byte is read; a body that grows past it while streaming (chunked) is cut.
 */
export function readBodyBytes(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BytesResult> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ ok: false, reason: 'too-large' });

  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BytesResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop buffering; the rest of the stream is discarded when the response closes it.
        req.removeAllListeners('data');
        req.resume();
        settle({ ok: false, reason: 'too-large' });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => settle({ ok: true, bytes: Buffer.concat(chunks) }));
    req.on('error', () => settle({ ok: false, reason: 'aborted' }));
    req.on('aborted', () => settle({ ok: false, reason: 'aborted' }));
  });
}
