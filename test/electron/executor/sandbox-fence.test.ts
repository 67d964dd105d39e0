/**
 * The sandbox's fence (POST /sandbox/fence) as the executor's sender uses it: a key the
 * sandbox holds answers its wamid; any other is fenced, and a request carrying it that comes
 * later, even one that left before the fence, is refused and never recorded.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createGraphSender, sandboxFence } from '../../../electron/host/executor/graph-sender';
import type { SendRequest } from '../../../electron/host/executor/sender';
import { createGraphClient } from '../../../electron/host/meta';
import { startSandbox, type Sandbox } from '../../../electron/host/sandbox';
import { welcomeTemplate } from './helpers';

let sandbox: Sandbox | null = null;
afterEach(async () => {
  await sandbox?.close();
  sandbox = null;
});

function request(key: string, phone = '+33610000001'): SendRequest {
  return {
    key,
    contact: { phone, whatsappOptIn: true, marketingOptIn: true, attributes: {} },
    effect: { type: 'send_template', node: 'welcome', template: 'welcome', language: 'en', category: 'UTILITY', parameters: { '1': 'Ann' } },
  };
}

async function senderFor(timeoutMs = 5_000) {
  sandbox = await startSandbox({ templates: [welcomeTemplate], appSecret: 'fence-test', seed: 3 });
  const client = createGraphClient({ baseUrl: sandbox.baseUrl, token: 't', phoneNumberId: sandbox.phoneNumberId, wabaId: sandbox.wabaId, timeoutMs });
  return { sandbox, sender: createGraphSender(client, [welcomeTemplate], sandbox.baseUrl) };
}

describe('the sandbox fence', () => {
  it('answers the wamid of a key it holds and fences the others: a later send with a fenced key is refused', async () => {
    const { sandbox, sender } = await senderFor();
    const sent = await sender.send(request('run:0:1'));
    expect(sent.ok).toBe(true);
    const answer = await sender.settle?.(['run:0:1', 'run:1:1']);
    expect(answer).toEqual(new Map([['run:0:1', sent.ok ? sent.wamid : ''], ['run:1:1', null]]));
    const refused = await sender.send(request('run:1:1', '+33610000002'));
    expect(refused).toMatchObject({ ok: false, code: 100 });
    // The same send under its next key generation goes.
    expect((await sender.send(request('run:1:1:1', '+33610000002'))).ok).toBe(true);
    expect(sandbox.messages().map((m) => m.bizOpaqueCallbackData)).toEqual(['run:0:1', 'run:1:1:1']);
  });

  it('refuses a request that left before the fence but reached the sandbox after it', async () => {
    const { sandbox, sender } = await senderFor(500);
    sandbox.injectFaults({ lates: 1, lateMs: 1_500 });
    const lost = await sender.send(request('run:2:1'));
    expect(lost).toMatchObject({ ok: false, kind: 'timeout' });
    expect((await sender.settle?.(['run:2:1']))?.get('run:2:1')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 1_600));
    expect(sandbox.messages()).toEqual([]);
    expect(sandbox.refusals()[100]).toBe(1);
  });

  it('a server that is not the sandbox settles nothing: the fence fails instead of answering "absent"', async () => {
    const { sandbox } = await senderFor();
    await expect(sandboxFence(`${sandbox.baseUrl}/not-a-sandbox`, ['run:0:1'])).rejects.toThrow(/404/);
  });
});
