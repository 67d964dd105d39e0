import { afterEach, describe, expect, it } from 'vitest';
import { inboundWebhook, statusWebhook, templateStatusWebhook } from '../../../electron/host/sandbox';
import { signWebhookBody, startWebhookReceiver, verifyWebhookSignature, type InboundEvent, type MergeResult, type StatusEvent, type WebhookReceiver } from '../../../electron/host/webhooks';
import { send } from '../http-client';

const business = { wabaId: 'waba1', phoneNumberId: 'pn1', displayPhoneNumber: '15550001234' };
const SECRET = 'app-secret-é';

let receiver: WebhookReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

async function start() {
  const statuses: [StatusEvent, MergeResult][] = [];
  const inbound: InboundEvent[] = [];
  const templates: string[] = [];
  receiver = await startWebhookReceiver({
    appSecret: SECRET,
    verifyToken: 'verify-me',
    onStatus: (status, merged) => void statuses.push([status, merged]),
    onInbound: (message) => void inbound.push(message),
    onTemplateStatus: (update) => void templates.push(`${update.name}:${update.event}`),
  });
  return { statuses, inbound, templates, port: receiver.port };
}

function post(port: number, payload: unknown, signature?: string) {
  const body = JSON.stringify(payload);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature !== null) headers['x-hub-signature-256'] = signature ?? signWebhookBody(body, SECRET);
  return send(port, { method: 'POST', path: '/webhook', headers, body });
}

const delivered = (id: string, status: 'sent' | 'delivered' | 'read', at = 1_750_000_000_000) =>
  statusWebhook(business, { id, status, at, recipientId: '33612345678', bizOpaqueCallbackData: `key-${id}`, pricing: { billable: true, category: 'marketing', type: 'regular' } });

describe('webhook receiver', () => {
  it('answers the verification handshake with the raw challenge, and 403 otherwise', async () => {
    const { port } = await start();
    const ok = await send(port, { path: '/webhook?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1158201444' });
    expect(ok).toMatchObject({ status: 200, body: '1158201444' });
    expect((await send(port, { path: '/webhook?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1' })).status).toBe(403);
    expect((await send(port, { path: '/webhook?hub.mode=unsubscribe&hub.verify_token=verify-me&hub.challenge=1' })).status).toBe(403);
  });

  it('parses a signed status with its pricing and opaque key', async () => {
    const { port, statuses } = await start();
    expect((await post(port, delivered('wamid.A', 'delivered'))).status).toBe(200);
    expect(statuses).toHaveLength(1);
    const [status, merged] = statuses[0]!;
    expect(status).toMatchObject({
      id: 'wamid.A',
      status: 'delivered',
      timestamp: 1_750_000_000_000,
      recipientId: '33612345678',
      bizOpaqueCallbackData: 'key-wamid.A',
      pricing: { billable: true, pricingModel: 'PMP', category: 'marketing', type: 'regular' },
      phoneNumberId: 'pn1',
    });
    expect(merged.reached).toEqual(['sent', 'delivered']);
  });

  it('refuses a bad or missing signature with 401 and processes nothing', async () => {
    const { port, statuses } = await start();
    const payload = delivered('wamid.B', 'read');
    const forged = signWebhookBody(JSON.stringify(payload), 'other-secret');
    expect((await post(port, payload, forged)).status).toBe(401);
    expect((await post(port, payload, 'sha256=zz')).status).toBe(401);
    const body = JSON.stringify(payload);
    expect((await send(port, { method: 'POST', path: '/webhook', body })).status).toBe(401);
    // Signed over other bytes (re-serialised JSON): refused too.
    const tampered = body.replace('"read"', '"sent"');
    expect((await send(port, { method: 'POST', path: '/webhook', body: tampered, headers: { 'x-hub-signature-256': signWebhookBody(body, SECRET) } })).status).toBe(401);
    expect(statuses).toEqual([]);
  });

  it('checks the signature over the raw bytes, not re-encoded text', () => {
    const raw = Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0xff, 0x7d]); // not valid UTF-8
    const signature = signWebhookBody(raw, SECRET);
    expect(verifyWebhookSignature(raw, signature, SECRET)).toBe(true);
    expect(verifyWebhookSignature(Buffer.from(raw.toString('utf8')), signature, SECRET)).toBe(false);
  });

  it('refuses bodies over 3 MB with 413', async () => {
    const { port, statuses } = await start();
    const body = JSON.stringify({ object: 'whatsapp_business_account', pad: 'x'.repeat(3 * 1024 * 1024) });
    const answer = await send(port, { method: 'POST', path: '/webhook', body, headers: { 'x-hub-signature-256': signWebhookBody(body, SECRET) } });
    expect(answer.status).toBe(413);
    expect(statuses).toEqual([]);
  });

  it('passes duplicates and stale statuses on once: a late delivered never undoes read', async () => {
    const { port, statuses } = await start();
    for (const status of ['read', 'delivered', 'read', 'sent'] as const) expect((await post(port, delivered('wamid.C', status))).status).toBe(200);
    expect(statuses.map(([s, m]) => [s.status, m.status, m.reached])).toEqual([['read', 'read', ['sent', 'delivered', 'read']]]);
  });

  it('types inbound text and button replies, once per message id, and template updates', async () => {
    const { port, inbound, templates } = await start();
    const text = inboundWebhook(business, { id: 'wamid.in1', from: '33612345678', at: 1_750_000_000_000, item: { kind: 'text', text: 'Bonjour 👋' }, contextId: 'wamid.A' });
    await post(port, text);
    await post(port, text);
    await post(port, inboundWebhook(business, { id: 'wamid.in2', from: '33612345678', at: 1_750_000_001_000, item: { kind: 'button', payload: 'STOP', text: 'Stop promos' } }));
    await post(port, inboundWebhook(business, { id: 'wamid.in3', from: '33612345678', at: 1_750_000_002_000, item: { kind: 'button_reply', id: 'yes', title: 'Oui' } }));
    await post(port, templateStatusWebhook('waba1', { event: 'APPROVED', id: '1', name: 'promo', language: 'fr', reason: 'NONE' }));
    expect(inbound.map((m) => [m.id, m.content, m.contextId])).toEqual([
      ['wamid.in1', { kind: 'text', text: 'Bonjour 👋' }, 'wamid.A'],
      ['wamid.in2', { kind: 'button', payload: 'STOP', text: 'Stop promos' }, undefined],
      ['wamid.in3', { kind: 'button_reply', id: 'yes', title: 'Oui' }, undefined],
    ]);
    expect(inbound[0]).toMatchObject({ from: '33612345678', timestamp: 1_750_000_000_000, profileName: 'Sandbox user', fromAd: false });
    expect(templates).toEqual(['promo:APPROVED']);
  });

  it('answers 500 when a callback fails, so Meta retries, and the retry goes through', async () => {
    let fail = true;
    const seen: string[] = [];
    receiver = await startWebhookReceiver({
      appSecret: SECRET,
      verifyToken: 'v',
      onStatus: (status) => {
        if (fail) throw new Error('journal full');
        seen.push(status.status);
      },
    });
    expect((await post(receiver.port, delivered('wamid.D', 'sent'))).status).toBe(500);
    fail = false;
    expect((await post(receiver.port, delivered('wamid.D', 'sent'))).status).toBe(200);
    expect(seen).toEqual(['sent']);
  });
});
