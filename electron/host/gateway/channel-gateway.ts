/**
 * The channel gateway: what the app keeps for its whole life to talk to WhatsApp.
 * - ONE sandbox Meta server on 127.0.0.1 (the built-in sandbox channel): its templates are
 *   those the app submits, plus those the runs on it freeze; it keeps its state while the app
 *   lives, so a template submitted now is reviewed and read by a later sync.
 * - ONE standing webhook receiver on a fixed loopback port with a path per channel,
 *   `/webhooks/<channel id>` (a stable callback URL for a tunnel), plus the sandbox's own path.
 * Runs subscribe to their channel's route and get only their own webhooks (run-routing.ts).
 * The CLI, which has no app, starts a gateway of its own for its one run.
 */
import { randomBytes } from 'node:crypto';
import type { Channel } from '../../../core/journey/channel';
import type { SecretKey } from '../../../core/api/host-api';
import { startSandbox, type Sandbox, type SandboxOptions } from '../sandbox';
import { RunRouting, type RunWebhookListener } from './run-routing';
import { startStandingReceiver, type RouteAuth } from './standing-receiver';

/** The receiver's port unless told otherwise (WAJOURNEY_WEBHOOK_PORT, --webhook-port). */
export const DEFAULT_WEBHOOK_PORT = 8790;
/** Where the built-in sandbox posts its webhooks. */
export const SANDBOX_WEBHOOK_PATH = '/sandbox/webhook';
/** The route id of the built-in sandbox (not a channel id: `~` cannot name a channel's secrets). */
export const SANDBOX_ROUTE = '~sandbox';

const CHANNEL_PATH = /^\/webhooks\/([a-zA-Z0-9_-]{1,64})$/;

export function channelWebhookPath(channelId: string): string {
  return `/webhooks/${encodeURIComponent(channelId)}`;
}

/** The sandbox settings the gateway does not decide itself. */
export type GatewaySandboxOptions = Partial<Omit<SandboxOptions, 'webhookUrl'>>;

export interface ChannelGatewayOptions {
  /** {@link DEFAULT_WEBHOOK_PORT} by default; 0 picks any free port. */
  webhookPort?: number;
  /** When the port is taken, take any free one (default true); the chosen port is `webhookPort`. */
  portFallback?: boolean;
  /** The sandbox's settings; false runs none (a CLI run on a Meta channel). */
  sandbox?: GatewaySandboxOptions | false;
  /** Where a Meta channel's app secret and verify token are read, at each webhook. */
  secrets?: { get(key: SecretKey): Promise<string | undefined> };
  /** Extra paths that reach a route (the CLI keeps its historic `/webhook`). */
  aliases?: Record<string, string>;
}

export interface ChannelGateway {
  readonly webhookPort: number;
  readonly sandbox: Sandbox | null;
  /** The app sandbox as a Graph target (its base URL has the Cloud API's endpoints). */
  sandboxTarget(): { baseUrl: string; token: string; phoneNumberId: string; wabaId: string };
  /** The channel's path and local URL on the standing receiver (and the sandbox's URL for a sandbox channel). */
  webhookOf(channel: Pick<Channel, 'id' | 'mode'>): { localUrl: string; port: number; path: string; sandboxUrl?: string };
  /** The route a channel's webhooks arrive on. */
  routeOf(channel: Pick<Channel, 'id' | 'mode'>): string;
  /** Hands the channel's webhooks of `listener.runId` to it until the returned function is called. */
  subscribe(channel: Pick<Channel, 'id' | 'mode'>, listener: RunWebhookListener): () => void;
  close(): Promise<void>;
}

const secretOf = () => randomBytes(24).toString('base64url');

export async function startChannelGateway(options: ChannelGatewayOptions = {}): Promise<ChannelGateway> {
  const routing = new RunRouting();
  const sandboxAppSecret = (options.sandbox && options.sandbox.appSecret) || secretOf();
  const sandboxToken = (options.sandbox && options.sandbox.token) || secretOf();
  const sandboxVerifyToken = secretOf();
  const aliases = new Map(Object.entries(options.aliases ?? {}));

  async function authOf(routeId: string): Promise<RouteAuth> {
    if (routeId === SANDBOX_ROUTE) return { routeId, appSecret: sandboxAppSecret, verifyToken: sandboxVerifyToken };
    const secrets = options.secrets;
    const [appSecret, verifyToken] = secrets
      ? await Promise.all([secrets.get(`${routeId}:app-secret` as SecretKey), secrets.get(`${routeId}:verify-token` as SecretKey)])
      : [undefined, undefined];
    return { routeId, appSecret: appSecret ?? null, verifyToken: verifyToken ?? null };
  }

  const receiver = await startStandingReceiver({
    port: options.webhookPort ?? DEFAULT_WEBHOOK_PORT,
    fallback: options.portFallback ?? true,
    routing,
    resolve: async (pathname) => {
      const aliased = aliases.get(pathname);
      if (aliased !== undefined) return authOf(aliased);
      if (pathname === SANDBOX_WEBHOOK_PATH) return sandbox ? authOf(SANDBOX_ROUTE) : null;
      const match = CHANNEL_PATH.exec(pathname);
      return match ? authOf(match[1] as string) : null;
    },
  });
  const origin = `http://127.0.0.1:${receiver.port}`;
  let sandbox: Sandbox | null = null;
  if (options.sandbox !== false) {
    try {
      sandbox = await startSandbox({ templates: [], ...options.sandbox, appSecret: sandboxAppSecret, token: sandboxToken, webhookUrl: `${origin}${SANDBOX_WEBHOOK_PATH}` });
    } catch (error) {
      await receiver.close();
      throw error;
    }
  }

  const routeOf = (channel: Pick<Channel, 'id' | 'mode'>) => (channel.mode === 'sandbox' ? SANDBOX_ROUTE : channel.id);
  let closing: Promise<void> | undefined;
  return {
    webhookPort: receiver.port,
    sandbox,
    sandboxTarget() {
      if (!sandbox) throw new Error('this gateway runs no sandbox');
      return { baseUrl: sandbox.baseUrl, token: sandboxToken, phoneNumberId: sandbox.phoneNumberId, wabaId: sandbox.wabaId };
    },
    webhookOf(channel) {
      if (channel.mode !== 'sandbox') {
        const path = channelWebhookPath(channel.id);
        return { localUrl: `${origin}${path}`, port: receiver.port, path };
      }
      const base = { localUrl: `${origin}${SANDBOX_WEBHOOK_PATH}`, port: receiver.port, path: SANDBOX_WEBHOOK_PATH };
      return sandbox ? { ...base, sandboxUrl: sandbox.baseUrl } : base;
    },
    routeOf,
    subscribe: (channel, listener) => routing.subscribe(routeOf(channel), listener),
    close() {
      // The sandbox first: it stops posting before the receiver goes away.
      closing ??= (async () => {
        await sandbox?.close();
        await receiver.close();
      })();
      return closing;
    },
  };
}
