import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Template } from '../../../core/whatsapp';
import { createGraphClient, templateMessageBody, toGraphTemplate, type CloudApiMessage } from '../../../electron/host/meta';
import { TOKEN, useSandbox } from '../sandbox/sandbox-fixture';

const start = useSandbox();
const text = (to: string, body = 'Hi'): CloudApiMessage => ({ messaging_product: 'whatsapp', to, type: 'text', text: { body } });

/** A send built from the app's copy of a template, which may differ from the sandbox's. */
function bodyOf(name: string, values: Record<string, string>, body = 'Bonjour {{1}}, -{{2}} cette semaine.', to = '33612345678') {
  const template = Template.parse({ name, language: 'fr', category: 'MARKETING', status: 'APPROVED', components: { body: { text: body } } });
  const built = templateMessageBody({ to, template, values, bizOpaqueCallbackData: 'k1' });
  if (!built.ok) throw new Error('test body');
  return built.body;
}

describe('Graph client against the sandbox', () => {
  it('sends a template and answers the wamid and wa_id', async () => {
    const { client, sandbox } = await start();
    const result = await client.sendMessage(bodyOf('promo', { '1': 'Léa', '2': '20%' }));
    expect(result).toMatchObject({ ok: true, value: { waId: '33612345678', messageStatus: 'accepted' } });
    const wamid = result.ok ? result.value.wamid : '';
    expect(wamid).toMatch(/^wamid\./);
    expect(sandbox.messages()).toEqual([expect.objectContaining({ id: wamid, to: '33612345678', type: 'template', template: 'promo', bizOpaqueCallbackData: 'k1' })]);
  });

  it('turns Meta errors into typed values from the catalog', async () => {
    const { client } = await start();
    const result = await client.sendMessage(bodyOf('promo', { '1': 'Léa' }, 'Bonjour {{1}}.'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ kind: 'meta', code: 132000, retryable: false, retry: 'no', httpStatus: 400 });
    expect(result.error.details).toMatch(/expected 2 text parameter/);
    expect(result.error.fbtraceId).toMatch(/^SBX/);
  });

  it('reports a bad token as 190 and never lets the token out', async () => {
    const { sandbox } = await start({ token: 'the-only-token' });
    const client = createGraphClient({ baseUrl: sandbox.baseUrl, token: TOKEN, phoneNumberId: sandbox.phoneNumberId, wabaId: sandbox.wabaId, timeoutMs: 1_000 });
    const result = await client.sendMessage(text('33612345678'));
    expect(result).toMatchObject({ ok: false, error: { kind: 'meta', code: 190, httpStatus: 401, retryable: false } });
    expect(JSON.stringify(result)).not.toContain(TOKEN);
    expect(inspect(result, { depth: 10 })).not.toContain(TOKEN);
  });

  it('scrubs the token from an error that echoes it', async () => {
    const echo = (async (_url: URL, init: RequestInit) => {
      const auth = (init.headers as Record<string, string>).Authorization;
      return new Response(JSON.stringify({ error: { code: 100, message: `bad header ${auth}`, error_data: { details: auth } } }), { status: 400 });
    }) as unknown as typeof fetch;
    const client = createGraphClient({ baseUrl: 'http://127.0.0.1:9', token: TOKEN, phoneNumberId: 'p', wabaId: 'w', fetch: echo });
    const result = await client.sendMessage(text('33612345678'));
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain(TOKEN);
    expect(JSON.stringify(result)).toContain('[redacted]');
  });

  it('times out a request that gets no answer, with the outcome unknown', async () => {
    const { client, sandbox } = await start({ timeoutMs: 300 });
    sandbox.injectFaults({ timeouts: 1 });
    const started = Date.now();
    const result = await client.sendMessage(text('33612345678'));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(result).toMatchObject({ ok: false, error: { kind: 'timeout', retryable: true, outcomeUnknown: true } });
    expect(sandbox.messages()).toEqual([]);
  });

  it('reports a dropped connection as a network error while the sandbox recorded the message', async () => {
    const { client, sandbox } = await start();
    sandbox.injectFaults({ drops: 1 });
    // Inside the window, so the text is a plain accepted send.
    sandbox.inbound('+33612345678', 'Bonjour');
    const result = await client.sendMessage(text('33612345678'));
    expect(result).toMatchObject({ ok: false, error: { kind: 'network', outcomeUnknown: true } });
    expect(sandbox.messages()).toHaveLength(1);
  });

  it('reports a refused connection as a network error whose request never left', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const client = createGraphClient({ baseUrl: `http://127.0.0.1:${port}`, token: TOKEN, phoneNumberId: 'p', wabaId: 'w', timeoutMs: 1_000 });
    const result = await client.sendMessage(text('33612345678'));
    expect(result).toMatchObject({ ok: false, error: { kind: 'network', retryable: true, outcomeUnknown: false } });
    expect(JSON.stringify(result)).not.toContain(TOKEN);
  });

  it('reads the phone number: display name, quality rating and messaging limit', async () => {
    const { client } = await start({ displayName: 'Maison Dupont', quality: 'YELLOW', messagingLimit: 2_000 });
    expect(await client.getPhoneNumber()).toEqual({
      ok: true,
      value: expect.objectContaining({ displayName: 'Maison Dupont', qualityRating: 'YELLOW', messagingLimit: 2_000, messagingLimitTier: 'TIER_2K' }),
    });
  });

  it('lists templates page by page with cursors, creates and deletes', async () => {
    const { client } = await start();
    const first = await client.listTemplates({ limit: 2 });
    expect(first.ok && first.value.templates.map((t) => t.name)).toEqual(['promo', 'order']);
    expect(first.ok && first.value.after).toBeTruthy();
    const all = await client.listAllTemplates({ limit: 2 });
    expect(all.ok && all.value.map((t) => t.name)).toEqual(['promo', 'order', 'paused_one', 'disabled_one', 'pending_one']);
    expect((await client.listTemplates({ status: 'PAUSED' })).ok).toBe(true);

    const draft = Template.parse({ name: 'welcome_new', language: 'fr', category: 'UTILITY', status: 'DRAFT', components: { body: { text: 'Bienvenue {{1}} !' } }, examples: { '1': 'Léa' } });
    const created = await client.createTemplate(toGraphTemplate(draft));
    expect(created).toMatchObject({ ok: true, value: { status: 'PENDING', category: 'UTILITY' } });
    const again = await client.createTemplate(toGraphTemplate(draft));
    expect(again).toMatchObject({ ok: false, error: { code: 100, subcode: 2388024 } });
    expect(await client.deleteTemplate('welcome_new')).toEqual({ ok: true, value: { success: true } });
    expect(await client.deleteTemplate('welcome_new')).toMatchObject({ ok: false, error: { code: 100 } });
  });
});
