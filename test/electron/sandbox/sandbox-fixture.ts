/** A sandbox on loopback with a receiver and a Graph client, torn down after each test. */
import { afterEach } from 'vitest';
import { Template } from '../../../core/whatsapp';
import { createGraphClient, type GraphClient } from '../../../electron/host/meta';
import { ManualScheduler, startSandbox, type Sandbox, type SandboxOptions } from '../../../electron/host/sandbox';
import { startWebhookReceiver, type InboundEvent, type MergeResult, type StatusEvent, type TemplateStatusEvent, type WebhookReceiver } from '../../../electron/host/webhooks';

const STEP_MS = 50;

export const APP_SECRET = 'sandbox-app-secret';
export const TOKEN = 'EAAGsecret-token-0123456789';

export const TEMPLATES: Template[] = [
  Template.parse({
    name: 'promo',
    language: 'fr',
    category: 'MARKETING',
    status: 'APPROVED',
    components: { body: { text: 'Bonjour {{1}}, -{{2}} cette semaine.' }, buttons: [{ type: 'QUICK_REPLY', text: 'Stop promos' }] },
  }),
  Template.parse({ name: 'order', language: 'en', category: 'UTILITY', status: 'APPROVED', components: { body: { text: 'Order {{order_id}} has shipped.' } } }),
  Template.parse({ name: 'paused_one', language: 'fr', category: 'MARKETING', status: 'PAUSED', components: { body: { text: 'Bonjour.' } } }),
  Template.parse({ name: 'disabled_one', language: 'fr', category: 'MARKETING', status: 'DISABLED', components: { body: { text: 'Bonjour.' } } }),
  Template.parse({ name: 'pending_one', language: 'fr', category: 'MARKETING', status: 'PENDING', components: { body: { text: 'Bonjour.' } } }),
];

export interface Harness {
  sandbox: Sandbox;
  client: GraphClient;
  clock: ManualScheduler;
  receiver: WebhookReceiver;
  statuses: [StatusEvent, MergeResult][];
  inbound: InboundEvent[];
  templateUpdates: TemplateStatusEvent[];
  /** Moves the sandbox's clock in small steps, letting each step's webhooks (and retries) arrive. */
  advance(ms: number): Promise<void>;
}

/** Registers teardown; call `start` inside each test. */
export function useSandbox(): (options?: Partial<SandboxOptions> & { timeoutMs?: number }) => Promise<Harness> {
  const open: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((close) => close()));
  });
  return async (options = {}) => {
    const statuses: Harness['statuses'] = [];
    const inbound: InboundEvent[] = [];
    const templateUpdates: TemplateStatusEvent[] = [];
    const receiver = await startWebhookReceiver({
      appSecret: APP_SECRET,
      verifyToken: 'verify',
      onStatus: (status, merged) => void statuses.push([status, merged]),
      onInbound: (message) => void inbound.push(message),
      onTemplateStatus: (update) => void templateUpdates.push(update),
    });
    const clock = new ManualScheduler();
    const sandbox = await startSandbox({ appSecret: APP_SECRET, templates: TEMPLATES, webhookUrl: receiver.url, scheduler: clock, ...options });
    open.push(() => sandbox.close(), () => receiver.close());
    const client = createGraphClient({ baseUrl: sandbox.baseUrl, token: TOKEN, phoneNumberId: sandbox.phoneNumberId, wabaId: sandbox.wabaId, timeoutMs: options.timeoutMs ?? 2_000 });
    return {
      sandbox,
      client,
      clock,
      receiver,
      statuses,
      inbound,
      templateUpdates,
      async advance(ms) {
        for (let done = 0; done < ms; done += STEP_MS) {
          await clock.advance(Math.min(STEP_MS, ms - done));
          await sandbox.idle();
        }
      },
    };
  };
}
