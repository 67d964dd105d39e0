/**
 * templates:sync carries Meta's rejection reason (`rejected_reason` in the listing) on a
 * rejected template as `rejectedReason`, so the Templates screen can say why; an approved one
 * carries none. Against the sandbox, whose review rejects a placeholder without a sample.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SecretKey } from '../../../core/api/host-api';
import type { Template } from '../../../core/whatsapp/template';
import { handleHostCall } from '../../../electron/host/api/dispatch';
import { createHostHandlers } from '../../../electron/host/api/host-handlers';
import { startSandbox } from '../../../electron/host/sandbox';
import type { Sandbox } from '../../../electron/host/sandbox';

const TOKEN = 'EAAG-test-token-456';
let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

const template = (name: string, examples?: Record<string, string>): Template => ({
  name, language: 'fr', category: 'MARKETING', status: 'PENDING', components: { body: { text: 'Bonjour {{1}}, -30 % aujourd’hui.' } }, ...(examples ? { examples } : {}),
});

describe('templates:sync after a review', () => {
  it('gives the reason of a rejection, and none for an approval', async () => {
    sandbox = await startSandbox({ appSecret: 'app-secret', templates: [], token: TOKEN, reviewDelayMs: 10 });
    const values = new Map<SecretKey, string>([['shop:token', TOKEN]]);
    const handlers = createHostHandlers({
      host: 'web', dataDir: '/tmp/unused',
      secrets: { kind: () => 'user-file', set: async () => 'user-file', has: async (k) => values.has(k), clear: async () => false, get: async (k) => values.get(k) },
    });
    const channel = { id: 'shop', displayName: 'Shop', mode: 'meta', phoneNumberId: sandbox.phoneNumberId, wabaId: sandbox.wabaId, graphBaseUrl: sandbox.baseUrl };
    for (const submitted of [template('no_sample'), template('with_sample', { '1': 'Camille' })]) {
      expect(await handleHostCall('templates:submit', { channel, template: submitted }, handlers)).toMatchObject({ ok: true, value: { status: 'PENDING' } });
    }
    let synced: Template[] = [];
    for (let tries = 0; tries < 100; tries++) {
      const answer = await handleHostCall('templates:sync', { channel }, handlers);
      if (!answer.ok) throw new Error(answer.error.message);
      synced = (answer.value as { templates: Template[] }).templates;
      if (synced.every((t) => t.status !== 'PENDING')) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const byName = new Map(synced.map((t) => [t.name, t]));
    expect(byName.get('no_sample')).toMatchObject({ status: 'REJECTED', rejectedReason: 'INVALID_FORMAT' });
    expect(byName.get('with_sample')?.status).toBe('APPROVED');
    expect(byName.get('with_sample')).not.toHaveProperty('rejectedReason');
  });
});
