/**
 * The channel gateway's standing webhook receiver: it starts and stops with its ports freed,
 * takes its fixed port or falls back when taken, checks each channel's route with that
 * channel's secrets, and hands each run only its own webhooks.
 */
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { SecretKey } from '../../../core/api/host-api';
import { startChannelGateway, type ChannelGateway, type RunWebhookListener } from '../../../electron/host/gateway';
import { inboundWebhook, statusWebhook } from '../../../electron/host/sandbox';
import { signWebhookBody, type InboundEvent, type StatusEvent } from '../../../electron/host/webhooks';
import { send } from '../http-client';
import { portIsFree } from '../port-is-free';

const business = { wabaId: 'waba1', phoneNumberId: 'pn1', displayPhoneNumber: '15550001234' };
const SHOP = { id: 'shop', mode: 'meta' as const };
const APP_SECRET = 'shop-app-secret';

let gateways: ChannelGateway[] = [];
afterEach(async () => {
  await Promise.all(gateways.map((g) => g.close()));
  gateways = [];
});

async function start(options: Parameters<typeof startChannelGateway>[0] = {}) {
  const secrets = new Map<string, string>([['shop:app-secret', APP_SECRET], ['shop:verify-token', 'shop-verify']]);
  const gateway = await startChannelGateway({ webhookPort: 0, sandbox: false, secrets: { get: async (key: SecretKey) => secrets.get(key) }, ...options });
  gateways.push(gateway);
  return gateway;
}

function post(port: number, path: string, payload: unknown, secret: string | null = APP_SECRET) {
  const body = JSON.stringify(payload);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (secret !== null) headers['x-hub-signature-256'] = signWebhookBody(body, secret);
  return send(port, { method: 'POST', path, headers, body });
}

function recorder(runId: string) {
  const statuses: StatusEvent[] = [];
  const inbound: InboundEvent[] = [];
  const listener: RunWebhookListener = { runId, onStatus: (s) => void statuses.push(s), onInbound: (m) => void inbound.push(m) };
  return { listener, statuses, inbound };
}

const status = (id: string, key: string | undefined, state: 'sent' | 'delivered' | 'read' = 'sent') =>
  statusWebhook(business, { id, status: state, at: 1_750_000_000_000, recipientId: '33612345678', ...(key ? { bizOpaqueCallbackData: key } : {}) });

describe('gateway lifetime', () => {
  it('frees the receiver’s and the sandbox’s ports when closed', async () => {
    const gateway = await startChannelGateway({ webhookPort: 0 });
    const sandboxPort = gateway.sandbox?.port as number;
    expect(sandboxPort).toBeGreaterThan(0);
    expect((await send(gateway.webhookPort, { path: '/nowhere' })).status).toBe(404);
    expect(await portIsFree(gateway.webhookPort)).toBe(false);
    await gateway.close();
    expect(await portIsFree(gateway.webhookPort)).toBe(true);
    expect(await portIsFree(sandboxPort)).toBe(true);
  });

  it('takes its fixed port, or any free one when it is taken (unless told not to)', async () => {
    const blocker = createServer();
    const taken = await new Promise<number>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as { port: number }).port)));
    try {
      const fallback = await start({ webhookPort: taken });
      expect(fallback.webhookPort).not.toBe(taken);
      expect(fallback.webhookOf(SHOP)).toEqual({ localUrl: `http://127.0.0.1:${fallback.webhookPort}/webhooks/shop`, port: fallback.webhookPort, path: '/webhooks/shop' });
      await expect(start({ webhookPort: taken, portFallback: false })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      blocker.close();
    }
    await gateways[0]?.close();
    const fixed = await start({ webhookPort: taken });
    expect(fixed.webhookPort).toBe(taken);
  });
});

describe('standing receiver', () => {
  it('answers Meta’s handshake with the channel’s own verify token only', async () => {
    const { webhookPort } = await start();
    const ok = await send(webhookPort, { path: '/webhooks/shop?hub.mode=subscribe&hub.verify_token=shop-verify&hub.challenge=4242' });
    expect(ok).toMatchObject({ status: 200, body: '4242' });
    expect((await send(webhookPort, { path: '/webhooks/shop?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1' })).status).toBe(403);
    // A channel with no verify token stored refuses every handshake.
    expect((await send(webhookPort, { path: '/webhooks/other?hub.mode=subscribe&hub.verify_token=&hub.challenge=1' })).status).toBe(403);
    expect((await send(webhookPort, { path: '/webhooks/bad%20id' })).status).toBe(404);
  });

  it('answers 401 to a bad or missing signature and hands nothing on', async () => {
    const gateway = await start();
    const run = recorder('r1');
    gateway.subscribe(SHOP, run.listener);
    expect((await post(gateway.webhookPort, '/webhooks/shop', status('wamid.1', 'r1:0:0'), 'not-the-secret')).status).toBe(401);
    expect((await post(gateway.webhookPort, '/webhooks/shop', status('wamid.1', 'r1:0:0'), null)).status).toBe(401);
    // Signed with the right secret, but for a channel with no app secret stored: refused too.
    expect((await post(gateway.webhookPort, '/webhooks/other', status('wamid.1', 'r1:0:0'))).status).toBe(401);
    expect(run.statuses).toEqual([]);
    // The same status, well signed, still goes through: the refusals recorded nothing.
    expect((await post(gateway.webhookPort, '/webhooks/shop', status('wamid.1', 'r1:0:0'))).status).toBe(200);
    expect(run.statuses.map((s) => s.id)).toEqual(['wamid.1']);
  });

  it('keeps two concurrent runs of one channel apart', async () => {
    const gateway = await start();
    const a = recorder('r-a');
    const b = recorder('r-b');
    gateway.subscribe(SHOP, a.listener);
    const unsubscribeB = gateway.subscribe(SHOP, b.listener);
    const port = gateway.webhookPort;
    for (const payload of [status('wamid.a', 'r-a:0:1'), status('wamid.b', 'r-b:0:1'), status('wamid.a', undefined, 'delivered'), status('wamid.x', 'r-zzz:0:1')]) {
      expect((await post(port, '/webhooks/shop', payload)).status).toBe(200);
    }
    expect(a.statuses.map((s) => `${s.id}:${s.status}`)).toEqual(['wamid.a:sent', 'wamid.a:delivered']);
    expect(b.statuses.map((s) => `${s.id}:${s.status}`)).toEqual(['wamid.b:sent']);
    // A reply to run B's message goes to B alone; a message out of the blue goes to both.
    await post(port, '/webhooks/shop', inboundWebhook(business, { id: 'wamid.in1', from: '33612345678', at: 1_750_000_001_000, item: { kind: 'text', text: 'yes' }, contextId: 'wamid.b' }));
    await post(port, '/webhooks/shop', inboundWebhook(business, { id: 'wamid.in2', from: '33612345678', at: 1_750_000_002_000, item: { kind: 'text', text: 'hi' } }));
    expect(a.inbound.map((m) => m.id)).toEqual(['wamid.in2']);
    expect(b.inbound.map((m) => m.id)).toEqual(['wamid.in1', 'wamid.in2']);
    unsubscribeB();
    await post(port, '/webhooks/shop', status('wamid.b', 'r-b:0:1', 'read'));
    expect(b.statuses).toHaveLength(1);
  });

  it('keeps nothing for a channel no run listens on: a later run still gets the same status', async () => {
    const gateway = await start();
    expect((await post(gateway.webhookPort, '/webhooks/shop', status('wamid.1', 'r1:0:0'))).status).toBe(200);
    const run = recorder('r1');
    gateway.subscribe(SHOP, run.listener);
    expect((await post(gateway.webhookPort, '/webhooks/shop', status('wamid.1', 'r1:0:0'))).status).toBe(200);
    expect(run.statuses.map((s) => s.id)).toEqual(['wamid.1']);
  });

  it('routes a resent send’s status (its key has a generation) to its run', async () => {
    const gateway = await start();
    const run = recorder('r-a');
    gateway.subscribe(SHOP, run.listener);
    expect((await post(gateway.webhookPort, '/webhooks/shop', status('wamid.g', 'r-a:0:1:1'))).status).toBe(200);
    expect(run.statuses.map((s) => s.id)).toEqual(['wamid.g']);
  });

  it('keeps the CLI’s single path as an alias of its channel', async () => {
    const gateway = await start({ aliases: { '/webhook': 'shop' } });
    const run = recorder('r1');
    gateway.subscribe(SHOP, run.listener);
    expect((await post(gateway.webhookPort, '/webhook', status('wamid.1', 'r1:0:0'))).status).toBe(200);
    expect(run.statuses).toHaveLength(1);
  });
});
