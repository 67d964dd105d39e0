/**
 * The app's own sandbox through the HostApi, as the renderer reaches it: the sandbox channel
 * tests its connection, syncs and submits templates (reviewed after the configured delay, the
 * outcome read by a later sync), and concurrent runs on it stay isolated.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { HostCallName } from '../../../core/api/host-api';
import { Template } from '../../../core/whatsapp/template';
import { handleHostCall } from '../../../electron/host/api/dispatch';
import { startHostServices, type HostServices } from '../../../electron/host/api/host-services';
import { createFileSecretStore } from '../../../electron/host/secrets/file-secret-store';
import { audienceCsv, channel, oneMessageJourney, welcomeTemplate } from '../executor/helpers';
import { useTempDirs } from '../temp-dir';

const tempDir = useTempDirs();
const REVIEW_MS = 150;
const SANDBOX_CHANNEL = { id: 'sandbox', displayName: 'Sandbox', mode: 'sandbox' };

let services: HostServices | undefined;
afterEach(async () => {
  await services?.close();
  services = undefined;
});

async function start() {
  const dataDir = await tempDir();
  services = await startHostServices({ host: 'web', dataDir, secrets: createFileSecretStore(dataDir), webhookPort: 0, sandbox: { reviewDelayMs: REVIEW_MS, mps: 1_000 } });
  const handlers = services.handlers;
  const call = async <T>(name: HostCallName, args: unknown): Promise<T> => {
    const answer = await handleHostCall(name, args, handlers);
    if (!answer.ok) throw new Error(`${name}: ${answer.error.code}: ${answer.error.message}`);
    return answer.value as T;
  };
  return { call, handlers, gateway: services.gateway };
}

const offer = Template.parse({
  name: 'spring_offer', language: 'en', category: 'MARKETING', status: 'PENDING',
  components: { body: { text: 'Hello {{1}}, spring is here.' } }, examples: { '1': 'Emma' },
});
// Meta refuses a placeholder without a sample value: the sandbox's review rejects it.
const noSample = Template.parse({ name: 'no_sample', language: 'en', category: 'MARKETING', status: 'PENDING', components: { body: { text: 'Hi {{1}}!' } } });

type Synced = { templates: Template[]; skipped: string[] };
const statusOf = (synced: Synced, name: string) => synced.templates.find((t) => t.name === name)?.status;

describe('the app sandbox through the HostApi', () => {
  it('answers a connection test for the sandbox channel', async () => {
    const { call } = await start();
    const info = await call<{ displayName: string; qualityRating: string }>('channels:testConnection', { channel: SANDBOX_CHANNEL });
    expect(info.displayName).toBeTruthy();
    expect(info.qualityRating).toBe('GREEN');
  });

  it('reviews a submitted template after the delay, and sync reads the outcome', async () => {
    const { call } = await start();
    const answer = await call<{ id: string; status: string; category?: string }>('templates:submit', { channel: SANDBOX_CHANNEL, template: offer });
    expect(answer).toMatchObject({ status: 'PENDING', category: 'MARKETING' });
    expect(answer.id).toMatch(/^\d+$/);
    await call('templates:submit', { channel: SANDBOX_CHANNEL, template: noSample });
    expect(statusOf(await call<Synced>('templates:sync', { channel: SANDBOX_CHANNEL }), 'spring_offer')).toBe('PENDING');
    await new Promise((resolve) => setTimeout(resolve, REVIEW_MS * 4));
    const synced = await call<Synced>('templates:sync', { channel: SANDBOX_CHANNEL });
    expect(statusOf(synced, 'spring_offer')).toBe('APPROVED');
    expect(statusOf(synced, 'no_sample')).toBe('REJECTED');
    // The sandbox keeps what it learnt: the same template again is a duplicate, as at Meta.
    const again = await handleHostCall('templates:submit', { channel: SANDBOX_CHANNEL, template: offer }, services!.handlers);
    expect(again).toMatchObject({ ok: false, error: { code: 'channels/graph-error' } });
  });

  it('gives each channel its address on the standing receiver', async () => {
    const { call, gateway } = await start();
    const port = gateway.webhookPort;
    expect(await call('channels:webhook', { channel: { id: 'shop', displayName: 'Shop', mode: 'meta' } })).toEqual({ localUrl: `http://127.0.0.1:${port}/webhooks/shop`, port, path: '/webhooks/shop' });
    expect(await call('channels:webhook', { channel: SANDBOX_CHANNEL })).toEqual({ localUrl: `http://127.0.0.1:${port}/sandbox/webhook`, port, path: '/sandbox/webhook', sandboxUrl: gateway.sandbox?.baseUrl });
  });

  it('runs two journeys at once on the app sandbox, each sending only its own contacts once', async () => {
    const { call, gateway } = await start();
    const file = JSON.stringify({ format: 'wa-journey', version: 1, journey: oneMessageJourney(), templates: [welcomeTemplate], channels: [channel({ throughputMps: 400 })] });
    const [a, b] = await Promise.all([
      call<{ runId: string }>('runs:start', { journeyFile: file, audienceCsv: audienceCsv(150) }),
      call<{ runId: string }>('runs:start', { journeyFile: file, audienceCsv: audienceCsv(150) }),
    ]);
    const done = async (runId: string) => {
      for (let i = 0; i < 400; i++) {
        const run = await call<{ status: string; nodes: Record<string, { sent: number; delivered: number }> }>('runs:get', { runId });
        if (run.status === 'completed') return run;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`run ${runId} did not complete`);
    };
    const [runA, runB] = await Promise.all([done(a!.runId), done(b!.runId)]);
    expect(runA.nodes.welcome?.sent).toBe(150);
    expect(runB.nodes.welcome?.sent).toBe(150);
    await gateway.sandbox?.idle();
    const keys = (gateway.sandbox?.messages() ?? []).map((m) => m.bizOpaqueCallbackData ?? '');
    for (const runId of [a!.runId, b!.runId]) {
      const own = keys.filter((k) => k.startsWith(`${runId}:`));
      expect(own).toHaveLength(150);
      expect(new Set(own).size).toBe(150);
    }
    expect(keys).toHaveLength(300);
  }, 60_000);
});
