import { describe, expect, it } from 'vitest';
import type { CloudApiMessage } from '../../../electron/host/meta';
import { send } from '../http-client';
import { useSandbox } from './sandbox-fixture';

const start = useSandbox();
const TO = '33612345678';

function promo(params: object[], to = TO, name = 'promo', language = 'fr'): CloudApiMessage {
  return {
    messaging_product: 'whatsapp',
    to,
    type: 'template',
    template: { name, language: { code: language, policy: 'deterministic' }, components: [{ type: 'body', parameters: params }] },
  } as CloudApiMessage;
}
const ok = [{ type: 'text', text: 'Léa' }, { type: 'text', text: '20%' }];
const text = (to = TO): CloudApiMessage => ({ messaging_product: 'whatsapp', to, type: 'text', text: { body: 'Merci !' } });

describe('sandbox error codes', () => {
  it.each([
    ['132000 parameter count', promo([{ type: 'text', text: 'Léa' }]), 132000],
    ['132012 named template without parameter_name', { ...promo([]), template: { name: 'order', language: { code: 'en', policy: 'deterministic' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'A1' }] }] } }, 132012],
    ['132001 unknown template', promo(ok, TO, 'nope'), 132001],
    ['132001 unknown language', promo(ok, TO, 'promo', 'en'), 132001],
    ['132001 not approved yet', promo([], TO, 'pending_one'), 132001],
    ['132015 paused', promo([], TO, 'paused_one'), 132015],
    ['132016 disabled', promo([], TO, 'disabled_one'), 132016],
    ['131008 empty value', promo([{ type: 'text', text: ' ' }, { type: 'text', text: '20%' }]), 131008],
    ['131009 interactive limits', { messaging_product: 'whatsapp', to: TO, type: 'interactive', interactive: { type: 'button', body: { text: 'Q' }, action: { buttons: [1, 2, 3, 4].map((n) => ({ type: 'reply', reply: { id: `b${n}`, title: `B${n}` } })) } } }, 131009],
    ['131051 unsupported type', { messaging_product: 'whatsapp', to: TO, type: 'sticker', sticker: { id: '1' } }, 131051],
    ['100 no messaging_product', { to: TO, type: 'text', text: { body: 'x' } }, 100],
  ] as [string, unknown, number][])('%s', async (_name, body, code) => {
    const { client, sandbox } = await start();
    const result = await client.sendMessage(body as CloudApiMessage);
    expect(result).toMatchObject({ ok: false, error: { kind: 'meta', code } });
    expect(sandbox.messages()).toEqual([]);
    expect(sandbox.refusals()).toEqual({ [code]: 1 });
  });

  it('190 for a missing or wrong token; any non-empty token when started without one', async () => {
    const { sandbox, client } = await start();
    const path = `/v23.0/${sandbox.phoneNumberId}/messages`;
    const missing = await send(sandbox.port, { method: 'POST', path, body: JSON.stringify(text()) });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body).error).toMatchObject({ code: 190, type: 'OAuthException' });
    expect((await client.getPhoneNumber()).ok).toBe(true);
  });

  it('100/33 for a phone number id or WABA that is not the sandbox\'s', async () => {
    const { sandbox } = await start();
    const answer = await send(sandbox.port, { method: 'POST', path: '/v23.0/999/messages', headers: { authorization: 'Bearer t' }, body: JSON.stringify(text()) });
    expect(JSON.parse(answer.body).error).toMatchObject({ code: 100, error_subcode: 33 });
  });

  it('131047 outside the window: accepted, then failed by webhook (or refused with syncFailures)', async () => {
    const h = await start();
    const result = await h.client.sendMessage({ ...text(), biz_opaque_callback_data: 'k-session' } as CloudApiMessage);
    expect(result.ok).toBe(true);
    await h.advance(1_000);
    expect(h.statuses.map(([s]) => [s.status, s.errors[0]?.code, s.bizOpaqueCallbackData])).toEqual([['failed', 131047, 'k-session']]);
    expect(h.sandbox.messages()[0]).toMatchObject({ status: 'failed', errorCode: 131047 });

    const strict = await start({ syncFailures: true });
    expect(await strict.client.sendMessage(text())).toMatchObject({ ok: false, error: { code: 131047 } });
  });

  it('the window opens from the audience\'s last_inbound_at and from the user writing in', async () => {
    const recent = new Date(Date.UTC(2026, 0, 15, 8)).toISOString(); // an hour before the manual clock's start
    const h = await start({
      syncFailures: true,
      audience: [{ phone: '+33612345601', whatsappOptIn: true, marketingOptIn: true, lastInboundAt: recent, attributes: {} }],
    });
    expect((await h.client.sendMessage(text('33612345601'))).ok).toBe(true);
    expect((await h.client.sendMessage(text('33612345602'))).ok).toBe(false);
    h.sandbox.inbound('+33612345602', 'Bonjour');
    expect((await h.client.sendMessage(text('33612345602'))).ok).toBe(true);
    await h.clock.advance(25 * 3_600_000);
    expect(await h.client.sendMessage(text('33612345602'))).toMatchObject({ ok: false, error: { code: 131047 } });
  });

  it('131026 for numbers not on WhatsApp', async () => {
    const h = await start({ notOnWhatsApp: ['+33612345699'] });
    expect((await h.client.sendMessage(promo(ok, '33612345699'))).ok).toBe(true);
    await h.advance(1_000);
    expect(h.statuses.map(([s]) => [s.status, s.errors[0]?.code])).toEqual([['failed', 131026]]);
  });

  it('130429 over the configured messages per second, then accepted again a second later', async () => {
    const h = await start({ mps: 5 });
    const answers = await Promise.all(Array.from({ length: 8 }, (_, k) => h.client.sendMessage(promo(ok, `3361234560${k}`))));
    expect(answers.filter((a) => a.ok)).toHaveLength(5);
    expect(answers.filter((a) => !a.ok).map((a) => !a.ok && a.error.code)).toEqual([130429, 130429, 130429]);
    expect(answers.find((a) => !a.ok)).toMatchObject({ error: { retryable: true } });
    await h.clock.advance(1_000);
    expect((await h.client.sendMessage(promo(ok, '33612345609'))).ok).toBe(true);
  });

  it('131056 past the pair burst to one user, other users unaffected', async () => {
    const h = await start({ pairBurst: 2 });
    expect((await h.client.sendMessage(promo(ok))).ok).toBe(true);
    expect((await h.client.sendMessage(promo(ok))).ok).toBe(true);
    expect(await h.client.sendMessage(promo(ok))).toMatchObject({ ok: false, error: { code: 131056, retryable: true } });
    expect((await h.client.sendMessage(promo(ok, '33612345600'))).ok).toBe(true);
    await h.clock.advance(6_000);
    expect((await h.client.sendMessage(promo(ok))).ok).toBe(true);
  });
});
