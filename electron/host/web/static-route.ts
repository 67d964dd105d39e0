import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename } from 'node:path';
import { contentTypeFor } from '../static/content-type';
import { findServableFile } from '../static/safe-path';
import { sendText } from './http-replies';

/**
 * Serves the built renderer. The path is checked by findServableFile against the raw
 * (still encoded) URL path, so traversal in any spelling is a 404, never a file outside.
 */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, rendererDir: string, urlPath: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    sendText(res, 405, 'method not allowed');
    return;
  }
  const file = await findServableFile(rendererDir, urlPath);
  if (!file) {
    sendText(res, 404, 'not found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': contentTypeFor(file),
    // Vite fingerprints assets; index.html must be re-read so a rebuild is picked up.
    'Cache-Control': basename(file) === 'index.html' ? 'no-store' : 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
