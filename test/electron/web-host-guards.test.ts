import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WebHostStartError, startWebHost } from '../../electron/host/web/web-host';
import type { WebHost } from '../../electron/host/web/web-host';
import { callApi, send } from './http-client';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();
let host: WebHost | undefined;
let blocker: Server | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
  await new Promise<void>((resolve) => (blocker ? blocker.close(() => resolve()) : resolve()));
  blocker = undefined;
});

async function start(): Promise<{ host: WebHost; root: string }> {
  const root = await tempDir();
  const rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(root, 'outside.txt'), 'TOP-SECRET-OUTSIDE');
  host = await startWebHost({ rendererDir, dataDir: join(root, 'data') });
  return { host, root };
}

describe('web host: who may call', () => {
  it('refuses a call without the secret (401)', async () => {
    const { host } = await start();
    const res = await send(host.port, { method: 'POST', path: '/api/app:info', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'http/unauthorized' } });
  });

  it('refuses a call with a wrong secret (401), even of the same length', async () => {
    const { host } = await start();
    const wrong = host.secret.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
    expect((await callApi(host.port, 'app:info', {}, wrong)).status).toBe(401);
  });

  it('refuses a cross-site Origin (403) even with the secret', async () => {
    const { host } = await start();
    const res = await callApi(host.port, 'app:info', {}, host.secret, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    const nullOrigin = await callApi(host.port, 'app:info', {}, host.secret, { origin: 'null' });
    expect(nullOrigin.status).toBe(403);
  });

  it('refuses a browser-declared cross-site request (Sec-Fetch-Site)', async () => {
    const { host } = await start();
    const res = await callApi(host.port, 'app:info', {}, host.secret, { 'sec-fetch-site': 'cross-site' });
    expect(res.status).toBe(403);
  });

  it('refuses a foreign Host header (DNS rebinding), for the API and the pages', async () => {
    const { host } = await start();
    const api = await callApi(host.port, 'app:info', {}, host.secret, { host: `evil.example:${host.port}` });
    expect(api.status).toBe(403);
    const page = await send(host.port, { path: '/', headers: { host: 'evil.example' } });
    expect(page.status).toBe(403);
    const otherPort = await send(host.port, { path: '/', headers: { host: `127.0.0.1:${host.port + 1}` } });
    expect(otherPort.status).toBe(403);
  });

  it('refuses a body over 1 MiB (413)', async () => {
    const { host } = await start();
    const big = JSON.stringify({ key: 'c:token', value: 'x'.repeat(1024 * 1024 + 10) });
    const res = await callApi(host.port, 'secrets:set', JSON.parse(big), host.secret);
    expect(res.status).toBe(413);
  });

  it('reports a port in use as a clear start error', async () => {
    blocker = createServer();
    const port = await new Promise<number>((resolve) => blocker!.listen(0, '127.0.0.1', () => resolve((blocker!.address() as { port: number }).port)));
    const start = startWebHost({ port, rendererDir: '/nonexistent', dataDir: await tempDir() });
    await expect(start).rejects.toBeInstanceOf(WebHostStartError);
    await expect(start).rejects.toThrow(`port ${port} is already in use on 127.0.0.1`);
  });

  it('listens on loopback only', async () => {
    await expect(startWebHost({ host: '0.0.0.0', rendererDir: '/x', dataDir: '/y' })).rejects.toThrow(/loopback only/);
  });
});

describe('web host: pages', () => {
  it('serves the renderer with the CSP and nosniff on every response', async () => {
    const { host } = await start();
    for (const path of ['/', '/index.html', '/assets/app.js', '/missing.js']) {
      const res = await send(host.port, { path });
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
    const index = await send(host.port, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>app</title>');
    expect((await send(host.port, { path: '/assets/app.js' })).headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('refuses path traversal in every spelling', async () => {
    const { host } = await start();
    for (const path of ['/../outside.txt', '/%2e%2e/outside.txt', '/assets/..%2f..%2foutside.txt', '/%2E%2E%5Coutside.txt', '/..%5c..%5coutside.txt', '/assets%00/app.js']) {
      const res = await send(host.port, { path });
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('TOP-SECRET-OUTSIDE');
    }
  });
});
