import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { HostHandlers } from '../../../core/api/host-api';
import { startHostServices, type HostServices } from '../api/host-services';
import { HostEventHub } from '../events/host-event-hub';
import type { ChannelGateway, GatewaySandboxOptions } from '../gateway';
import { createFileSecretStore } from '../secrets/file-secret-store';
import { HttpErrorCode, handleApiCall } from './api-route';
import { openEventStream } from './event-stream';
import { applySecurityHeaders, sendError, sendText } from './http-replies';
import { SECRET_HEADER, isAllowedHost, isSameOriginRequest, secretMatches } from './request-guards';
import { serveStatic } from './static-route';

export type WebHostOptions = {
  /** 0 (the default) lets the OS pick a free port. */
  port?: number;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** Where secrets and host state live. */
  dataDir: string;
  /** The loopback address to bind; the server never listens beyond this machine. */
  host?: string;
  /** Replace the default handlers (tests, or a caller that wires more services); no gateway is started then. */
  handlers?: HostHandlers;
  events?: HostEventHub;
  /** The standing webhook receiver's port (default 8790, any free port when taken). */
  webhookPort?: number;
  /** Settings of the app's sandbox (review delay, throughput...). */
  sandbox?: GatewaySandboxOptions;
};

export type WebHost = {
  /** What to open: `http://127.0.0.1:PORT/#k=SECRET` (the fragment never reaches a server log). */
  url: string;
  origin: string;
  port: number;
  secret: string;
  events: HostEventHub;
  /** The app's sandbox and webhook receiver; null when the caller gave its own handlers. */
  gateway: ChannelGateway | null;
  close(): Promise<void>;
};

/** A start failure the CLI prints as one line (port in use, bad address). */
export class WebHostStartError extends Error {
  override name = 'WebHostStartError';
}

/**
 * The secret comes in the header; only the event stream may carry it as `?k=` instead,
 * because a browser EventSource cannot set headers. It is a GET with no effect, so a key in
 * its URL widens nothing a leaked key would not already open.
 */
function presentedSecret(req: IncomingMessage, isEventStream: boolean): string | string[] | undefined {
  const header = req.headers[SECRET_HEADER];
  if (header !== undefined || !isEventStream) return header;
  const query = (req.url ?? '').split('?')[1];
  return query === undefined ? undefined : (new URLSearchParams(query).get('k') ?? undefined);
}

const LOOPBACK_V4 = /^127(\.\d{1,3}){3}$/;

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolveListen, rejectListen) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === 'EADDRINUSE' ? `port ${port} is already in use on ${host}`
        : error.code === 'EACCES' ? `no permission to listen on ${host}:${port}`
        : `cannot listen on ${host}:${port} (${error.code ?? error.message})`;
      rejectListen(new WebHostStartError(reason));
    });
    server.listen(port, host, () => resolveListen((server.address() as AddressInfo).port));
  });
}

/**
 * Serves the renderer and the HostApi over HTTP on loopback, so the whole app runs in any
 * browser where Electron cannot. Every API request must carry the per-launch secret in the
 * `x-wajourney-secret` header and come from this origin, by this host name.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK_V4.test(host)) throw new WebHostStartError(`refusing to listen on ${host}: loopback only`);
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new WebHostStartError(`invalid port: ${port}`);

  const rendererDir = resolve(options.rendererDir);
  const dataDir = resolve(options.dataDir);
  const events = options.events ?? new HostEventHub();
  const services: HostServices | null = options.handlers
    ? null
    : await startHostServices({
        host: 'web', dataDir, secrets: createFileSecretStore(dataDir), events,
        ...(options.webhookPort !== undefined ? { webhookPort: options.webhookPort } : {}),
        ...(options.sandbox ? { sandbox: options.sandbox } : {}),
      });
  const handlers = options.handlers ?? (services as HostServices).handlers;
  const secret = randomBytes(32).toString('base64url');
  const streams = new Set<() => void>();
  let boundPort = port;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    applySecurityHeaders(res);
    const hostHeader = req.headers.host;
    if (hostHeader === undefined || !isAllowedHost(hostHeader, host, boundPort)) {
      sendText(res, 403, 'forbidden host');
      return;
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path !== '/api' && !path.startsWith('/api/')) {
      await serveStatic(req, res, rendererDir, path);
      return;
    }
    const origin = req.headers.origin;
    const fetchSite = req.headers['sec-fetch-site'];
    if (!isSameOriginRequest(origin, typeof fetchSite === 'string' ? fetchSite : undefined, hostHeader)) {
      sendError(res, 403, HttpErrorCode.forbidden, 'cross-origin requests are refused');
      return;
    }
    const callName = path.slice('/api/'.length);
    if (!secretMatches(presentedSecret(req, callName === 'events'), secret)) {
      sendError(res, 401, HttpErrorCode.unauthorized, `missing or wrong ${SECRET_HEADER} header`);
      return;
    }
    if (callName === 'events') {
      if (req.method !== 'GET') {
        res.setHeader('Allow', 'GET');
        sendError(res, 405, HttpErrorCode.methodNotAllowed, 'the event stream is a GET request');
        return;
      }
      const end = openEventStream(req, res, events);
      streams.add(end);
      req.on('close', () => streams.delete(end));
      return;
    }
    await handleApiCall(req, res, callName, handlers);
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      console.error('web host request failed:', error);
      if (!res.headersSent) sendError(res, 500, 'internal', 'internal error in the web host');
      else res.destroy();
    });
  });
  try {
    boundPort = await listen(server, port, host);
  } catch (error) {
    await services?.close();
    throw error;
  }
  const origin = `http://${host}:${boundPort}`;

  return {
    url: `${origin}/#k=${secret}`,
    origin,
    port: boundPort,
    secret,
    events,
    gateway: services?.gateway ?? null,
    close: async () => {
      await new Promise<void>((resolveClose) => {
        for (const end of streams) end();
        server.close(() => resolveClose());
        server.closeAllConnections();
      });
      await services?.close();
    },
  };
}
