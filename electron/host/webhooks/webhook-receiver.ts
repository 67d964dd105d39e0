/**
 * The webhook receiver as its own server on 127.0.0.1. For a real Meta channel, the user's
 * tunnel forwards Meta's HTTPS calls to it; for the sandbox, the sandbox posts to it directly.
 */
import { createServer, type Server } from 'node:http';
import { closeServer, listenOnLoopback } from '../net/loopback-server';
import { createWebhookHandler, type WebhookHandlerOptions } from './webhook-handler';

export interface WebhookReceiverOptions extends WebhookHandlerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The path Meta calls; other paths answer 404. */
  path?: string;
}

export interface WebhookReceiver {
  /** The callback URL to give the sandbox (or the tunnel). */
  url: string;
  port: number;
  close(): Promise<void>;
}

export const DEFAULT_WEBHOOK_PATH = '/webhook';

export async function startWebhookReceiver(options: WebhookReceiverOptions): Promise<WebhookReceiver> {
  const handler = createWebhookHandler(options);
  const path = options.path ?? DEFAULT_WEBHOOK_PATH;
  const server: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (pathname !== path) {
      res.writeHead(404).end();
      return;
    }
    handler(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  const port = await listenOnLoopback(server, options.port);
  return { url: `http://127.0.0.1:${port}${path}`, port, close: () => closeServer(server) };
}
