/** The web host starts the app's channel gateway with itself and closes it on close. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { announce } from '../../electron/host/web/serve-web';
import { startWebHost } from '../../electron/host/web/web-host';
import { callApi } from './http-client';
import { useTempDirs } from './temp-dir';
import { portIsFree } from './port-is-free';

const tempDir = useTempDirs();

describe('web host: channel gateway', () => {
  it('serves the sandbox and the webhook receiver while it runs, and frees their ports on close', async () => {
    const root = await tempDir();
    await mkdir(join(root, 'renderer'));
    const host = await startWebHost({ rendererDir: join(root, 'renderer'), dataDir: join(root, 'data'), webhookPort: 0 });
    const gateway = host.gateway;
    if (!gateway?.sandbox) throw new Error('the web host started no gateway');
    const headers = { origin: host.origin, 'sec-fetch-site': 'same-origin' };
    const answer = await callApi(host.port, 'channels:webhook', { channel: { id: 'shop', displayName: 'Shop', mode: 'meta' } }, host.secret, headers);
    expect(JSON.parse(answer.body)).toEqual({ ok: true, value: { localUrl: `http://127.0.0.1:${gateway.webhookPort}/webhooks/shop`, port: gateway.webhookPort, path: '/webhooks/shop' } });
    const sync = await callApi(host.port, 'templates:sync', { channel: { id: 'sandbox', displayName: 'Sandbox', mode: 'sandbox' } }, host.secret, headers);
    expect(JSON.parse(sync.body)).toEqual({ ok: true, value: { templates: [], skipped: [] } });
    // The start message says where the receiver listens, so a tunnel can be pointed at it.
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    announce(host);
    expect(log.mock.calls.map((call) => String(call[0]))).toContain(
      `Webhook receiver: http://127.0.0.1:${gateway.webhookPort}/webhooks/<channel id> (the built-in sandbox at ${gateway.sandbox.baseUrl})`,
    );
    log.mockRestore();
    const ports = [gateway.webhookPort, gateway.sandbox.port];
    expect(await Promise.all(ports.map(portIsFree))).toEqual([false, false]);
    await host.close();
    expect(await Promise.all(ports.map(portIsFree))).toEqual([true, true]);
  });
});
