/**
 * One run wired to the world: the Graph client against Meta (a `meta` channel, its token
 * given by the caller) or against a sandbox started in this process (a `sandbox` channel),
 * a webhook receiver whose statuses and replies go to the executor, and the executor itself.
 */
import { startSandbox, type Sandbox } from '../sandbox';
import { createGraphClient, DEFAULT_GRAPH_BASE_URL } from '../meta';
import { startWebhookReceiver, type WebhookReceiver } from '../webhooks';
import { RunExecutor } from './executor';
import type { ExecutorOptions } from './executor-types';
import { createGraphSender } from './graph-sender';
import type { RunSpec } from './run-files';

export interface RunSessionOptions extends Omit<ExecutorOptions, 'sender'> {
  /** The channel's access token (a meta channel). */
  token?: string;
  /** Signs webhooks: the sandbox's and the receiver's shared app secret. */
  appSecret?: string;
  verifyToken?: string;
  /** The receiver's port (0: any free port; a tunnel to a meta channel needs a fixed one). */
  webhookPort?: number;
  /** Timeout of one Graph request. */
  requestTimeoutMs?: number;
}

export interface RunSession {
  executor: RunExecutor;
  receiver: WebhookReceiver;
  sandbox: Sandbox | null;
  close(): Promise<void>;
}

const LOOPBACK = /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/;

/** Opens (or resumes) the run of `options.spec` in `options.dir` and starts it. */
export async function openRunSession(options: RunSessionOptions): Promise<RunSession> {
  const { spec } = options;
  const appSecret = options.appSecret ?? 'sandbox-app-secret';
  let executor: RunExecutor | null = null;
  const receiver = await startWebhookReceiver({
    port: options.webhookPort ?? 0,
    appSecret,
    verifyToken: options.verifyToken ?? 'sandbox-verify-token',
    onStatus: (status) =>
      executor?.onStatus({ key: status.bizOpaqueCallbackData, wamid: status.id, status: status.status, code: status.errors[0]?.code, at: status.timestamp }),
    onInbound: (message) => {
      const content = message.content;
      const text = content.kind === 'text' ? content.text : undefined;
      const button = content.kind === 'button' ? content.payload : content.kind === 'button_reply' || content.kind === 'list_reply' ? content.id : undefined;
      executor?.onInbound({ from: message.from, at: message.timestamp, fromAd: message.fromAd, ...(text !== undefined ? { text } : {}), ...(button !== undefined ? { button } : {}), ...(message.contextId !== undefined ? { contextWamid: message.contextId } : {}) });
    },
  });
  let sandbox: Sandbox | null = null;
  try {
    const { baseUrl, token, phoneNumberId, wabaId, recordUrl } = await graphTarget(spec, options, receiver.url, appSecret, (started) => (sandbox = started));
    const client = createGraphClient({ baseUrl, token, phoneNumberId, wabaId, timeoutMs: options.requestTimeoutMs ?? 10_000 });
    executor = await RunExecutor.open({ ...options, sender: createGraphSender(client, spec.templates, recordUrl) });
  } catch (error) {
    await receiver.close();
    await (sandbox as Sandbox | null)?.close();
    throw error;
  }
  const opened: RunExecutor = executor;
  opened.start();
  return {
    executor: opened,
    receiver,
    sandbox,
    async close() {
      opened.close();
      await receiver.close();
      await sandbox?.close();
    },
  };
}

async function graphTarget(spec: RunSpec, options: RunSessionOptions, webhookUrl: string, appSecret: string, started: (sandbox: Sandbox) => void) {
  const { channel } = spec;
  if (channel.mode === 'sandbox') {
    const sandbox = await startSandbox({ templates: spec.templates, appSecret, webhookUrl, mps: channel.throughputMps, seed: spec.seed });
    started(sandbox);
    return { baseUrl: sandbox.baseUrl, token: 'sandbox', phoneNumberId: sandbox.phoneNumberId, wabaId: sandbox.wabaId, recordUrl: sandbox.baseUrl };
  }
  if (!options.token) throw new Error(`channel ${channel.id} is a meta channel: its access token is needed`);
  const baseUrl = channel.graphBaseUrl ?? DEFAULT_GRAPH_BASE_URL;
  // A meta channel pointed at a sandbox started on its own (spec: graphBaseUrl) can read its record.
  const recordUrl = channel.graphBaseUrl !== undefined && LOOPBACK.test(channel.graphBaseUrl) ? channel.graphBaseUrl : undefined;
  return { baseUrl, token: options.token, phoneNumberId: channel.phoneNumberId ?? '', wabaId: channel.wabaId ?? '', recordUrl };
}
