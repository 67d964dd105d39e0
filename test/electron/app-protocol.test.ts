import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { FakeElectron } from './fake-electron';
import { useTempDirs } from './temp-dir';

const electron: FakeElectron = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => electron);

const { createAppProtocolHandler, installAppProtocol, registerAppScheme } = await import('../../electron/main/app-protocol');
const tempDir = useTempDirs();

async function rendererFixture() {
  const root = await tempDir();
  const rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(rendererDir, 'assets', 'main.js'), 'export {}');
  await writeFile(join(root, 'secret.txt'), 'OUTSIDE-THE-RENDERER');
  return createAppProtocolHandler(rendererDir);
}

const get = (url: string) => ({ url, method: 'GET' });

describe('app:// protocol', () => {
  it('is registered as a standard, secure scheme without CSP bypass', () => {
    registerAppScheme();
    const [schemes] = electron.protocol.registerSchemesAsPrivileged.mock.calls[0]!;
    expect(schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    installAppProtocol('/x');
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('serves the renderer with its content type and the CSP', async () => {
    const handle = await rendererFixture();
    const index = await handle(get('app://renderer/index.html'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await index.text()).toContain('<title>app</title>');
    expect((await handle(get('app://renderer/'))).status).toBe(200);
    expect((await handle(get('app://renderer/assets/main.js'))).headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('puts the CSP and nosniff on every answer, errors included', async () => {
    const handle = await rendererFixture();
    for (const url of ['app://renderer/index.html', 'app://renderer/missing.js', 'app://other/index.html']) {
      const res = await handle(get(url));
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'.*script-src 'self'.*object-src 'none'/);
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('refuses path traversal however it is spelled', async () => {
    const handle = await rendererFixture();
    for (const url of [
      'app://renderer/../../etc/passwd',
      'app://renderer/../secret.txt',
      'app://renderer/%2e%2e/secret.txt',
      'app://renderer/%2E%2E/%2E%2E/etc/passwd',
      'app://renderer/assets/..%2f..%2fsecret.txt',
      'app://renderer/..%5csecret.txt',
      'app://renderer/%00index.html',
      'app://renderer/%zz',
    ]) {
      const res = await handle(get(url));
      expect(res.status, url).toBe(404);
      expect(await res.text()).not.toContain('OUTSIDE-THE-RENDERER');
    }
  });

  it('answers only for the renderer host and only to reads', async () => {
    const handle = await rendererFixture();
    expect((await handle(get('app://evil/index.html'))).status).toBe(404);
    expect((await handle({ url: 'app://renderer/index.html', method: 'POST' })).status).toBe(405);
  });
});
