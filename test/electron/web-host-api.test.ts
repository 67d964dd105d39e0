import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebHost } from '../../electron/host/web/web-host';
import type { WebHost } from '../../electron/host/web/web-host';
import { callApi, send } from './http-client';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();
let host: WebHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function start(): Promise<WebHost> {
  const root = await tempDir();
  const rendererDir = join(root, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  host = await startWebHost({ rendererDir, dataDir: join(root, 'data') });
  return host;
}

describe('web host: HostApi over HTTP', () => {
  it('prints a loopback URL with a random port and the secret in the fragment', async () => {
    const { url, port, secret } = await start();
    expect(port).toBeGreaterThan(0);
    expect(secret.length).toBeGreaterThanOrEqual(40);
    expect(url).toBe(`http://127.0.0.1:${port}/#k=${secret}`);
  });

  it('answers a valid call as a HostResult', async () => {
    const { port, secret } = await start();
    const res = await callApi(port, 'app:info', {}, secret, { origin: `http://127.0.0.1:${port}`, 'sec-fetch-site': 'same-origin' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { host: 'web', secretStorage: 'user-file' } });
  });

  it('accepts localhost:PORT as the Host too', async () => {
    const { port, secret } = await start();
    const res = await callApi(port, 'app:info', {}, secret, { host: `localhost:${port}`, origin: `http://localhost:${port}` });
    expect(res.status).toBe(200);
  });

  it('answers invalid arguments as data naming the field', async () => {
    const { port, secret } = await start();
    const res = await callApi(port, 'secrets:has', { key: 42 }, secret);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid-args', message: expect.stringMatching(/^key: /) } });
  });

  it('refuses an unknown call', async () => {
    const { port, secret } = await start();
    const res = await callApi(port, 'files:delete', {}, secret);
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
  });

  it('stores a secret and never echoes it back', async () => {
    const { port, secret } = await start();
    const value = 'EAAB-secret-value-123';
    const set = await callApi(port, 'secrets:set', { key: 'sandbox:token', value }, secret);
    expect(JSON.parse(set.body)).toEqual({ ok: true, value: { storage: 'user-file' } });
    expect(set.body).not.toContain(value);
    const has = await callApi(port, 'secrets:has', { key: 'sandbox:token' }, secret);
    expect(JSON.parse(has.body)).toEqual({ ok: true, value: true });
    expect(has.body + set.body).not.toContain(value);
  });

  it('refuses bodies that are not JSON', async () => {
    const { port, secret } = await start();
    const wrongType = await send(port, { method: 'POST', path: '/api/app:info', headers: { 'x-wajourney-secret': secret, 'content-type': 'text/plain' }, body: '{}' });
    expect(wrongType.status).toBe(415);
    const badJson = await send(port, { method: 'POST', path: '/api/app:info', headers: { 'x-wajourney-secret': secret, 'content-type': 'application/json' }, body: '{' });
    expect(badJson.status).toBe(400);
  });

  it('refuses GET on a call', async () => {
    const { port, secret } = await start();
    const res = await send(port, { path: '/api/app:info', headers: { 'x-wajourney-secret': secret } });
    expect(res.status).toBe(405);
  });

  it('streams host events as server-sent events', async () => {
    const { port, secret, events } = await start();
    const res = await fetch(`http://127.0.0.1:${port}/api/events`, { headers: { 'x-wajourney-secret': secret } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = decoder.decode((await reader.read()).value);
    expect(text).toContain(': connected');
    events.emit('progress', { task: 'import', done: 1, total: 2 });
    while (!text.includes('\n\ndata:')) text += decoder.decode((await reader.read()).value);
    while (!text.endsWith('\n\n')) text += decoder.decode((await reader.read()).value);
    const data = text.split('data: ')[1]!.trim();
    expect(JSON.parse(data)).toEqual({ event: 'progress', payload: { task: 'import', done: 1, total: 2 } });
    await reader.cancel();
  });

  it('lets the event stream carry the secret as ?k= (EventSource cannot send headers), but no call', async () => {
    const { port, secret } = await start();
    const controller = new AbortController();
    const stream = await fetch(`http://127.0.0.1:${port}/api/events?k=${secret}`, { signal: controller.signal });
    expect(stream.status).toBe(200);
    controller.abort();
    const call = await send(port, { method: 'POST', path: `/api/app:info?k=${secret}`, headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(call.status).toBe(401);
  });
});
