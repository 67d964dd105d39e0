import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { AppInfo } from '../../core/api/host-api';
import { handleHostCall } from '../../electron/host/api/dispatch';
import { createHostHandlers } from '../../electron/host/api/host-handlers';
import { createFileSecretStore } from '../../electron/host/secrets/file-secret-store';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

describe('host handlers', () => {
  it('app:info reports the package version, data folder, host and secret storage', async () => {
    const dir = await tempDir();
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string; productName: string };
    const handlers = createHostHandlers({ host: 'web', dataDir: dir, secrets: createFileSecretStore(dir) });
    const info = AppInfo.parse(await handlers['app:info']({}));
    expect(info).toEqual({ name: pkg.productName, version: pkg.version, dataDir: dir, host: 'web', secretStorage: 'user-file' });
  });

  it('never sends a secret value back through any call', async () => {
    const dir = await tempDir();
    const handlers = createHostHandlers({ host: 'web', dataDir: dir, secrets: createFileSecretStore(dir) });
    const value = 'EAAB-very-secret-token';
    const answers = [
      await handleHostCall('secrets:set', { key: 'ch:token', value }, handlers),
      await handleHostCall('secrets:has', { key: 'ch:token' }, handlers),
      await handleHostCall('app:info', {}, handlers),
      await handleHostCall('secrets:clear', { key: 'ch:token' }, handlers),
    ];
    expect(answers[0]).toEqual({ ok: true, value: { storage: 'user-file' } });
    expect(answers[1]).toEqual({ ok: true, value: true });
    expect(answers[3]).toEqual({ ok: true, value: true });
    expect(JSON.stringify(answers)).not.toContain(value);
  });
});
