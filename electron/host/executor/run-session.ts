/**
 * One run wired to the world: the Graph client against Meta (a `meta` channel, its token
 * given by the caller) or against the gateway's sandbox (a `sandbox` channel), its webhooks
 * from the gateway's standing receiver (only this run's, routed by send key), and the
 * executor itself. In the app the gateway lives with the app; without one (the CLI), the
 * session starts a gateway of its own and closes it with the run.
 */
import { SANDBOX_ROUTE, startChannelGateway, type ChannelGateway, type ChannelGatewayOptions, type RunWebhookListener } from '../gateway';
import { createGraphClient, DEFAULT_GRAPH_BASE_URL } from '../meta';
import type { Sandbox } from '../sandbox';
import type { InboundEvent, StatusEvent } from '../webhooks';
import { RunExecutor } from './executor';
import type { ExecutorOptions } from './executor-types';
import { createGraphSender } from './graph-sender';
import type { RunSpec } from './run-files';

export interface RunSessionOptions extends Omit<ExecutorOptions, 'sender'> {
  /** The channel's access token (a meta channel). */
  token?: string;
  /** The app's channel gateway; without one the session starts its own (the settings below). */
  gateway?: ChannelGateway;
  /** Own gateway: signs webhooks, the sandbox's and the receiver's shared app secret. */
  appSecret?: string;
  /** Own gateway: the verification handshake's token. */
  verifyToken?: string;
  /** Own gateway: the receiver's port (0: any free port; a tunnel to a meta channel needs a fixed one). */
  webhookPort?: number;
  /** Timeout of one Graph request. */
  requestTimeoutMs?: number;
}

export interface RunSession {
  executor: RunExecutor;
  /** The sandbox this run sends to (a sandbox channel), else null. */
  sandbox: Sandbox | null;
  /** Where this run's webhooks arrive (the channel's route on the receiver). */
  webhookUrl: string;
  close(): Promise<void>;
}

const LOOPBACK = /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/;
/** The CLI's receiver also answers on its historic single path. */
const CLI_WEBHOOK_PATH = '/webhook';

/** Opens (or resumes) the run of `options.spec` in `options.dir` and starts it. */
export async function openRunSession(options: RunSessionOptions): Promise<RunSession> {
  const { spec } = options;
  const own = options.gateway ? null : await startChannelGateway(ownGatewayOptions(options));
  const gateway = (options.gateway ?? own) as ChannelGateway;
  let executor: RunExecutor | null = null;
  const unsubscribe = gateway.subscribe(spec.channel, webhookListener(spec.runId, () => executor));
  try {
    const { baseUrl, token, phoneNumberId, wabaId, recordUrl } = graphTarget(spec, options, gateway);
    const client = createGraphClient({ baseUrl, token, phoneNumberId, wabaId, timeoutMs: options.requestTimeoutMs ?? 10_000 });
    executor = await RunExecutor.open({ ...options, sender: createGraphSender(client, spec.templates, recordUrl) });
  } catch (error) {
    unsubscribe();
    await own?.close();
    throw error;
  }
  const opened: RunExecutor = executor;
  opened.start();
  return {
    executor: opened,
    sandbox: spec.channel.mode === 'sandbox' ? gateway.sandbox : null,
    webhookUrl: gateway.webhookOf(spec.channel).localUrl,
    async close() {
      unsubscribe();
      opened.close();
      await own?.close();
    },
  };
}

function webhookListener(runId: string, executorOf: () => RunExecutor | null): RunWebhookListener {
  return {
    runId,
    onStatus: (status: StatusEvent) =>
      executorOf()?.onStatus({ key: status.bizOpaqueCallbackData, wamid: status.id, status: status.status, code: status.errors[0]?.code, at: status.timestamp }),
    onInbound: (message: InboundEvent) => {
      const content = message.content;
      const text = content.kind === 'text' ? content.text : undefined;
      const button = content.kind === 'button' ? content.payload : content.kind === 'button_reply' || content.kind === 'list_reply' ? content.id : undefined;
      executorOf()?.onInbound({ from: message.from, at: message.timestamp, fromAd: message.fromAd, ...(text !== undefined ? { text } : {}), ...(button !== undefined ? { button } : {}), ...(message.contextId !== undefined ? { contextWamid: message.contextId } : {}) });
    },
  };
}

/** A gateway for this run alone: its sandbox (a sandbox channel) and its receiver, as the CLI had them. */
function ownGatewayOptions(options: RunSessionOptions): ChannelGatewayOptions {
  const { channel } = options.spec;
  const appSecret = options.appSecret ?? 'sandbox-app-secret';
  const verifyToken = options.verifyToken ?? 'sandbox-verify-token';
  const secrets = new Map([[`${channel.id}:app-secret`, appSecret], [`${channel.id}:verify-token`, verifyToken]]);
  return {
    webhookPort: options.webhookPort ?? 0,
    portFallback: false,
    sandbox: channel.mode === 'sandbox' ? { templates: options.spec.templates, appSecret, mps: channel.throughputMps, seed: options.spec.seed } : false,
    secrets: { get: async (key) => secrets.get(key) },
    aliases: { [CLI_WEBHOOK_PATH]: channel.mode === 'sandbox' ? SANDBOX_ROUTE : channel.id },
  };
}

function graphTarget(spec: RunSpec, options: RunSessionOptions, gateway: ChannelGateway) {
  const { channel } = spec;
  if (channel.mode === 'sandbox') {
    const target = gateway.sandboxTarget();
    // The app's sandbox learns the run's frozen templates it does not hold yet (as reviewed).
    gateway.sandbox?.seedTemplates(spec.templates);
    return { ...target, recordUrl: target.baseUrl };
  }
  if (!options.token) throw new Error(`channel ${channel.id} is a meta channel: its access token is needed`);
  const baseUrl = channel.graphBaseUrl ?? DEFAULT_GRAPH_BASE_URL;
  // A meta channel pointed at a sandbox started on its own (spec: graphBaseUrl) can read its record.
  const recordUrl = channel.graphBaseUrl !== undefined && LOOPBACK.test(channel.graphBaseUrl) ? channel.graphBaseUrl : undefined;
  return { baseUrl, token: options.token, phoneNumberId: channel.phoneNumberId ?? '', wabaId: channel.wabaId ?? '', recordUrl };
}
