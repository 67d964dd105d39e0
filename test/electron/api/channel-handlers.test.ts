/**
 * channels:testConnection and templates:sync against the sandbox on loopback (same endpoints as
 * the Cloud API), through the dispatcher as the renderer reaches them: the token is read from
 * the secret store and never appears in an answer.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SecretKey } from '../../../core/api/host-api';
import { readFileSync } from 'node:fs';
import { parseTemplatesFile } from '../../../core/journey';
import { handleHostCall } from '../../../electron/host/api/dispatch';
import { createHostHandlers } from '../../../electron/host/api/host-handlers';
import { startSandbox } from '../../../electron/host/sandbox';
import type { Sandbox } from '../../../electron/host/sandbox';
import type { SecretStore } from '../../../electron/host/secrets/secret-store';

const TOKEN = 'EAAG-test-token-123';

function memorySecrets(): SecretStore {
  const values = new Map<SecretKey, string>();
  return {
    kind: () => 'user-file',
    set: async (key, value) => (values.set(key, value), 'user-file'),
    has: async (key) => values.has(key),
    clear: async (key) => values.delete(key),
    get: async (key) => values.get(key),
  };
}

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

async function setUp() {
  const parsed = parseTemplatesFile(readFileSync('assets/sample/templates.json', 'utf8'));
  if (!parsed.ok) throw new Error('the sample templates do not load');
  const sample = { templates: parsed.value };
  sandbox = await startSandbox({ appSecret: 'app-secret', templates: sample.templates, token: TOKEN, displayName: 'Maison Durand', messagingLimit: 2000 });
  const secrets = memorySecrets();
  const handlers = createHostHandlers({ host: 'web', dataDir: '/tmp/unused', secrets });
  const channel = { id: 'shop', displayName: 'Shop', mode: 'meta', phoneNumberId: sandbox.phoneNumberId, wabaId: sandbox.wabaId, graphBaseUrl: sandbox.baseUrl };
  const call = (name: 'channels:testConnection' | 'templates:sync' | 'templates:submit' | 'channels:webhook', args: unknown) => handleHostCall(name, args, handlers);
  return { sample, secrets, channel, call };
}

describe('channels:testConnection', () => {
  it('reads the phone number with the stored token', async () => {
    const { secrets, channel, call } = await setUp();
    await secrets.set('shop:token', TOKEN);
    const answer = await call('channels:testConnection', { channel });
    expect(answer).toMatchObject({ ok: true, value: { displayName: 'Maison Durand', messagingLimit: 2000 } });
  });

  it('says when no token is stored, and never calls Meta', async () => {
    const { channel, call } = await setUp();
    expect(await call('channels:testConnection', { channel })).toMatchObject({ ok: false, error: { code: 'channels/no-token' } });
  });

  it('answers a bad token as a Graph error without the token', async () => {
    const { secrets, channel, call } = await setUp();
    await secrets.set('shop:token', 'EAAG-wrong-token-999');
    const answer = await call('channels:testConnection', { channel });
    expect(answer).toMatchObject({ ok: false, error: { code: 'channels/graph-error' } });
    expect(JSON.stringify(answer)).toMatch(/190/);
    expect(JSON.stringify(answer)).not.toContain('EAAG-wrong-token-999');
  });

  it('refuses a sandbox channel on a host that runs no sandbox, and a channel without ids', async () => {
    const { call, channel } = await setUp();
    expect(await call('channels:testConnection', { channel: { id: 'sb', displayName: 'Sandbox', mode: 'sandbox' } })).toMatchObject({ ok: false, error: { code: 'channels/sandbox' } });
    expect(await call('channels:testConnection', { channel: { ...channel, wabaId: undefined } })).toMatchObject({ ok: false, error: { code: 'channels/incomplete' } });
  });
});

describe('templates:sync', () => {
  it('lists the WABA templates as the app’s templates', async () => {
    const { sample, secrets, channel, call } = await setUp();
    await secrets.set('shop:token', TOKEN);
    const answer = await call('templates:sync', { channel });
    if (!answer.ok) throw new Error(answer.error.message);
    const value = answer.value as { templates: { name: string; language: string }[]; skipped: string[] };
    const key = (t: { name: string; language: string }) => `${t.name}/${t.language}`;
    expect(value.templates.map(key).sort()).toEqual(sample.templates.map(key).sort());
    expect(value.skipped).toEqual([]);
  });
});

describe('templates:submit', () => {
  it('posts the template to the WABA and answers Meta’s PENDING, which sync reads later', async () => {
    const { sample, secrets, channel, call } = await setUp();
    await secrets.set('shop:token', TOKEN);
    const template = { ...sample.templates[0]!, name: 'fresh_welcome', status: 'PENDING' as const };
    const answer = await call('templates:submit', { channel, template });
    expect(answer).toMatchObject({ ok: true, value: { status: 'PENDING', category: template.category } });
    const synced = await call('templates:sync', { channel });
    if (!synced.ok) throw new Error(synced.error.message);
    const names = (synced.value as { templates: { name: string }[] }).templates.map((t) => t.name);
    expect(names).toContain('fresh_welcome');
  });

  it('answers Meta’s refusal of a duplicate as a Graph error', async () => {
    const { sample, secrets, channel, call } = await setUp();
    await secrets.set('shop:token', TOKEN);
    const answer = await call('templates:submit', { channel, template: sample.templates[0] });
    expect(answer).toMatchObject({ ok: false, error: { code: 'channels/graph-error' } });
    expect(JSON.stringify(answer)).toMatch(/already exists/);
  });

  it('edits the template Meta holds by its synced id: back in review, and a second edit while in review refused with Meta’s error', async () => {
    const { sample, secrets, channel, call } = await setUp();
    await secrets.set('shop:token', TOKEN);
    const synced = await call('templates:sync', { channel });
    if (!synced.ok) throw new Error(synced.error.message);
    const approved = sample.templates.find((t) => t.status === 'APPROVED')!;
    const held = (synced.value as { templates: { name: string; language: string; metaId?: string }[] }).templates.find((t) => t.name === approved.name && t.language === approved.language);
    expect(held?.metaId).toMatch(/^\d+$/);
    const edit = { templateId: held!.metaId! };
    const next = { ...approved, status: 'PENDING' as const, components: { ...approved.components, footer: { text: 'Nouvelle signature' } } };
    expect(await call('templates:submit', { channel, template: next, edit })).toEqual({ ok: true, value: { id: held!.metaId, status: 'PENDING', category: approved.category } });
    const after = await call('templates:sync', { channel });
    const status = after.ok && (after.value as { templates: { name: string; language: string; status: string }[] }).templates.find((t) => t.name === approved.name && t.language === approved.language)?.status;
    expect(status).toBe('PENDING');
    const again = await call('templates:submit', { channel, template: { ...next, components: { ...next.components, footer: { text: 'Encore' } } }, edit });
    expect(again).toMatchObject({ ok: false, error: { code: 'channels/graph-error' } });
    expect(!again.ok && again.error.message).toMatch(/Meta error 100/);
  });

  it('refuses an edit whose template id is not Meta’s digits (it would name another path)', async () => {
    const { sample, channel, call } = await setUp();
    expect(await call('templates:submit', { channel, template: sample.templates[0], edit: { templateId: '../123' } })).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
  });

  it('refuses a template that is not one (strict arguments)', async () => {
    const { channel, call } = await setUp();
    expect(await call('templates:submit', { channel, template: { name: 'x' } })).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
  });
});

describe('channels:webhook', () => {
  it('says so when the host runs no receiver', async () => {
    const { channel, call } = await setUp();
    expect(await call('channels:webhook', { channel })).toMatchObject({ ok: false, error: { code: 'channels/no-gateway' } });
  });
});
