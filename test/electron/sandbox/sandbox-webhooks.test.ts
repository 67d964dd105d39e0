import { describe, expect, it } from 'vitest';
import { Template } from '../../../core/whatsapp';
import { toGraphTemplate, type CloudApiMessage } from '../../../electron/host/meta';
import { startWebhookReceiver } from '../../../electron/host/webhooks';
import { send } from '../http-client';
import { APP_SECRET, useSandbox } from './sandbox-fixture';

const start = useSandbox();
const certain = { deliveryRate: 1, readRate: 1, replyRate: 0, clickRate: 0, optOutRate: 0, blockRate: 0, marketingCapRate: 0 };

function promo(to: string, key: string): CloudApiMessage {
  return {
    messaging_product: 'whatsapp',
    to,
    type: 'template',
    biz_opaque_callback_data: key,
    template: { name: 'promo', language: { code: 'fr', policy: 'deterministic' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'Léa' }, { type: 'text', text: '20%' }] }] },
  };
}

describe('sandbox webhooks', () => {
  it('posts signed statuses with pricing and the opaque key, verified by the receiver', async () => {
    const h = await start({ world: certain });
    const sent = await h.client.sendMessage(promo('33612345678', 'run1:c1'));
    const wamid = sent.ok ? sent.value.wamid : '';
    await h.advance(5_000);
    expect(h.statuses.map(([s, m]) => [s.id, s.status, m.reached, s.bizOpaqueCallbackData])).toEqual([
      [wamid, 'sent', ['sent'], 'run1:c1'],
      [wamid, 'delivered', ['delivered'], 'run1:c1'],
      [wamid, 'read', ['read'], 'run1:c1'],
    ]);
    expect(h.statuses[1]![0].pricing).toEqual({ billable: true, pricingModel: 'PMP', category: 'marketing', type: 'regular' });
    expect(h.sandbox.messages()[0]).toMatchObject({ id: wamid, status: 'read' });
  });

  it('users reply with text and tap quick replies, opening their window', async () => {
    const h = await start({ world: { ...certain, clickRate: 1 } , syncFailures: true });
    await h.client.sendMessage(promo('33612345678', 'k1'));
    await h.advance(5_000);
    expect(h.inbound.map((m) => [m.from, m.content])).toEqual([['33612345678', { kind: 'button', payload: 'Stop promos', text: 'Stop promos' }]]);
    expect(h.inbound[0]!.contextId).toBe(h.sandbox.messages()[0]!.id);
    // The tap opened the window: a free-form answer goes through.
    expect((await h.client.sendMessage({ messaging_product: 'whatsapp', to: '33612345678', type: 'text', text: { body: 'Noté.' } })).ok).toBe(true);

    const chatty = await start({ world: { ...certain, replyRate: 1 }, replyTexts: ['OUI'] });
    await chatty.client.sendMessage(promo('33612345678', 'k2'));
    await chatty.advance(5_000);
    expect(chatty.inbound.map((m) => m.content)).toEqual([{ kind: 'text', text: 'OUI' }]);
  });

  it('the same seed plays the same story', async () => {
    const world = { deliveryRate: 0.7, readRate: 0.5, replyRate: 0.3, clickRate: 0, optOutRate: 0, blockRate: 0, marketingCapRate: 0 };
    const story = async () => {
      const h = await start({ world, seed: 42, mps: 1_000 });
      for (let k = 0; k < 30; k++) await h.client.sendMessage(promo(`336123456${String(k).padStart(2, '0')}`, `k${k}`));
      await h.advance(10_000);
      return h.sandbox.messages().map((m) => `${m.bizOpaqueCallbackData}:${m.status}`).join(',');
    };
    const first = await story();
    expect(first).toContain('failed');
    expect(first).toContain('read');
    expect(await story()).toBe(first);
  });

  it('duplicate and reordered webhooks reach the app once each, never undoing read', async () => {
    const h = await start({ world: certain });
    h.sandbox.injectFaults({ duplicateWebhooks: 3, reorderWebhooks: 0 });
    await h.client.sendMessage(promo('33612345678', 'k1'));
    await h.advance(5_000);
    expect(h.statuses.map(([s]) => s.status)).toEqual(['sent', 'delivered', 'read']);

    const late = await start({ world: certain, delays: { sentMs: 10, deliveredMs: 10, readMs: 10 } });
    // The first webhook (sent) is held back until after read.
    late.sandbox.injectFaults({ reorderWebhooks: 2 });
    await late.client.sendMessage(promo('33612345678', 'k2'));
    await late.advance(5_000);
    expect(late.statuses.map(([s, m]) => [s.status, m.status])).toEqual([['read', 'read']]);
  });

  it('injected 5xx and 429 bursts are refused and not recorded, then sends go through', async () => {
    const h = await start();
    h.sandbox.injectFaults({ serverErrors: 1, throttles: 2 });
    const answers = [];
    for (let k = 0; k < 4; k++) answers.push(await h.client.sendMessage(promo('33612345678', `k${k}`)));
    expect(answers.map((a) => (a.ok ? 'ok' : `${a.error.httpStatus}:${a.error.code}:${a.error.retryable}`))).toEqual(['429:130429:true', '429:130429:true', '500:131000:true', 'ok']);
    expect(h.sandbox.messages()).toHaveLength(1);
  });

  it('retries a webhook the receiver refuses, with backoff', async () => {
    let refuse = 2;
    const seen: string[] = [];
    const flaky = await startWebhookReceiver({
      appSecret: APP_SECRET,
      verifyToken: 'v',
      onStatus: (status) => {
        if (refuse-- > 0) throw new Error('busy');
        seen.push(status.status);
      },
    });
    try {
      const h = await start({ world: { ...certain, readRate: 0 }, webhookUrl: flaky.url });
      await h.client.sendMessage(promo('33612345678', 'k1'));
      await h.advance(10_000);
      expect(seen).toEqual(['sent', 'delivered']);
    } finally {
      await flaky.close();
    }
  });

  it('a webhook signed with another secret is refused and changes nothing', async () => {
    const h = await start({ world: certain, appSecret: 'not-the-receiver-secret', webhookRetry: { maxAttempts: 1 } });
    await h.client.sendMessage(promo('33612345678', 'k1'));
    await h.advance(5_000);
    expect(h.statuses).toEqual([]);
  });

  it('reviews submitted templates by rule after the delay, with a status webhook', async () => {
    const h = await start({ reviewDelayMs: 60_000 });
    const good = Template.parse({ name: 'bienvenue', language: 'fr', category: 'UTILITY', status: 'DRAFT', components: { body: { text: 'Bienvenue {{1}} chez nous.' } }, examples: { '1': 'Léa' } });
    const bad = Template.parse({ name: 'Bad Name', language: 'fr', category: 'MARKETING', status: 'DRAFT', components: { body: { text: '{{1}} {{2}}' } } });
    expect(await h.client.createTemplate(toGraphTemplate(good))).toMatchObject({ ok: true, value: { status: 'PENDING' } });
    expect((await h.client.createTemplate(toGraphTemplate(bad))).ok).toBe(true);
    const send = () => h.client.sendMessage({ messaging_product: 'whatsapp', to: '33612345678', type: 'template', template: { name: 'bienvenue', language: { code: 'fr', policy: 'deterministic' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'Léa' }] }] } });
    expect(await send()).toMatchObject({ ok: false, error: { code: 132001 } });
    await h.advance(59_000);
    expect(h.templateUpdates).toEqual([]);
    await h.advance(1_000);
    expect(h.templateUpdates.map((u) => [u.name, u.event])).toEqual([['bienvenue', 'APPROVED'], ['Bad Name', 'REJECTED']]);
    expect(h.templateUpdates[1]!.reason).toMatch(/^INVALID_FORMAT: /);
    expect((await send()).ok).toBe(true);
    const listed = await h.client.listTemplates({ name: 'Bad Name' });
    expect(listed.ok && listed.value.templates[0]).toMatchObject({ status: 'REJECTED', rejected_reason: 'INVALID_FORMAT' });
  });

  it('lists every accepted message on GET /sandbox/messages', async () => {
    const h = await start();
    await h.client.sendMessage(promo('33612345678', 'k1'));
    const answer = await send(h.sandbox.port, { path: '/sandbox/messages' });
    const { messages } = JSON.parse(answer.body) as { messages: Record<string, unknown>[] };
    expect(messages).toEqual([expect.objectContaining({ to: '33612345678', type: 'template', template: 'promo', bizOpaqueCallbackData: 'k1', timestamp: h.clock.now() })]);
    expect(Object.keys(messages[0]!)).toEqual(expect.arrayContaining(['id', 'to', 'type', 'template', 'timestamp']));
  });
});
