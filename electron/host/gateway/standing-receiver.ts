/**
 * The app's one webhook receiver on 127.0.0.1: a fixed port (so a tunnel set up once keeps
 * working across launches) with a path per channel. Each request is checked against the
 * secrets of the route its path names, read at that moment (a secret changed in the settings
 * applies to the next webhook): the verify token for Meta's handshake, the app secret for the
 * signature. A route without an app secret refuses every POST (401), nothing processed.
 */
import { createServer, type Server } from 'node:http';
import { closeServer, listenOnLoopback } from '../net/loopback-server';
import { createWebhookHandler } from '../webhooks/webhook-handler';
import type { RunRouting } from './run-routing';

/** Where Meta's calls for one route are checked. */
export interface RouteAuth {
  routeId: string;
  appSecret: string | null;
  verifyToken: string | null;
}

/** The route a request path names, with its secrets; null answers 404. */
export type ResolveRoute = (pathname: string) => Promise<RouteAuth | null>;

export interface StandingReceiverOptions {
  /** The port wanted (0: any free port). */
  port: number;
  /** When the port is taken, take any free one instead of failing. */
  fallback: boolean;
  resolve: ResolveRoute;
  routing: RunRouting;
}

export interface StandingReceiver {
  port: number;
  close(): Promise<void>;
}

async function listenWithFallback(server: Server, port: number, fallback: boolean): Promise<number> {
  try {
    return await listenOnLoopback(server, port);
  } catch (error) {
    if (!fallback || port === 0 || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return listenOnLoopback(server, 0);
  }
}

export async function startStandingReceiver(options: StandingReceiverOptions): Promise<StandingReceiver> {
  const { routing } = options;
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    void (async () => {
      const auth = await options.resolve(pathname);
      if (auth === null) {
        res.writeHead(404).end();
        return;
      }
      const { routeId } = auth;
      // An empty app secret never verifies a signature: a route without one answers 401.
      const handler = createWebhookHandler({
        appSecret: auth.appSecret ?? '',
        verifyToken: auth.verifyToken ?? '',
        tracker: routing.tracker(routeId),
        onStatus: (status) => routing.status(routeId, status),
        onInbound: (message) => routing.inbound(routeId, message),
      });
      await handler(req, res);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  const port = await listenWithFallback(server, options.port, options.fallback);
  return { port, close: () => closeServer(server) };
}
