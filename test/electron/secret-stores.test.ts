import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HostErrorCode } from '../../core/api/host-api';
import { HostFailure } from '../../electron/host/api/host-failure';
import { FILE_SECRETS_NAME, createFileSecretStore } from '../../electron/host/secrets/file-secret-store';
import { SAFE_STORAGE_SECRETS_NAME, createSafeStorageSecretStore } from '../../electron/host/secrets/safe-storage-secret-store';
import type { SafeStorageLike } from '../../electron/host/secrets/safe-storage-secret-store';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();
const isPosix = process.platform !== 'win32';

/** A stand-in for Electron's safeStorage: reversible, and visibly not the plain value. */
function fakeSafeStorage(backend: string, available = true): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.from(`enc:${[...text].reverse().join('')}`),
    decryptString: (data) => [...data.toString().slice(4)].reverse().join(''),
    getSelectedStorageBackend: () => backend,
  };
}

describe('file secret store (web host)', () => {
  it('keeps values in a file only the user can read', async () => {
    const dir = await tempDir();
    const store = createFileSecretStore(dir);
    expect(store.kind()).toBe('user-file');
    await expect(store.set('sandbox:token', 'EAAB-secret')).resolves.toBe('user-file');
    await expect(store.has('sandbox:token')).resolves.toBe(true);
    await expect(store.get('sandbox:token')).resolves.toBe('EAAB-secret');
    if (isPosix) expect((await stat(join(dir, FILE_SECRETS_NAME))).mode & 0o777).toBe(0o600);
  });

  it('stays 0600 even when the file existed with a wider mode', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, FILE_SECRETS_NAME), JSON.stringify({ version: 1, secrets: {} }), { mode: 0o644 });
    await createFileSecretStore(dir).set('a:token', 'x');
    if (isPosix) expect((await stat(join(dir, FILE_SECRETS_NAME))).mode & 0o777).toBe(0o600);
  });

  it('clears a value and says whether there was one', async () => {
    const store = createFileSecretStore(await tempDir());
    await store.set('a:app-secret', 'v');
    await expect(store.clear('a:app-secret')).resolves.toBe(true);
    await expect(store.clear('a:app-secret')).resolves.toBe(false);
    await expect(store.has('a:app-secret')).resolves.toBe(false);
  });

  it('loses no write when calls overlap', async () => {
    const store = createFileSecretStore(await tempDir());
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.set(`c${i}:token`, `v${i}`)));
    for (let i = 0; i < 20; i += 1) await expect(store.get(`c${i}:token`)).resolves.toBe(`v${i}`);
  });

  it('never reads inherited keys', async () => {
    const store = createFileSecretStore(await tempDir());
    await expect(store.has('__proto__:token')).resolves.toBe(false);
  });
});

describe('safeStorage secret store (Electron)', () => {
  it('encrypts with the OS keyring and never writes the plain value', async () => {
    const dir = await tempDir();
    const store = createSafeStorageSecretStore(fakeSafeStorage('gnome_libsecret'), dir, 'linux');
    expect(store.kind()).toBe('encrypted');
    await expect(store.set('ch1:token', 'EAAB-plain')).resolves.toBe('encrypted');
    const onDisk = await readFile(join(dir, SAFE_STORAGE_SECRETS_NAME), 'utf8');
    expect(onDisk).not.toContain('EAAB-plain');
    await expect(store.get('ch1:token')).resolves.toBe('EAAB-plain');
    if (isPosix) expect((await stat(join(dir, SAFE_STORAGE_SECRETS_NAME))).mode & 0o777).toBe(0o600);
  });

  it('reports basic_text as plaintext and refuses without consent', async () => {
    const store = createSafeStorageSecretStore(fakeSafeStorage('basic_text'), await tempDir(), 'linux');
    expect(store.kind()).toBe('plaintext');
    const refusal = store.set('ch1:token', 'x');
    await expect(refusal).rejects.toBeInstanceOf(HostFailure);
    await expect(refusal).rejects.toMatchObject({ code: HostErrorCode.plaintextNeedsConsent });
    await expect(store.has('ch1:token')).resolves.toBe(false);
  });

  it('stores under basic_text once the user agreed', async () => {
    const store = createSafeStorageSecretStore(fakeSafeStorage('basic_text'), await tempDir(), 'linux');
    await expect(store.set('ch1:token', 'x', { allowPlainText: true })).resolves.toBe('plaintext');
    await expect(store.get('ch1:token')).resolves.toBe('x');
  });

  it('treats no encryption at all as plaintext too', async () => {
    const store = createSafeStorageSecretStore(fakeSafeStorage('unknown', false), await tempDir(), 'linux');
    expect(store.kind()).toBe('plaintext');
    await expect(store.set('ch1:token', 'x')).rejects.toMatchObject({ code: HostErrorCode.plaintextNeedsConsent });
    await store.set('ch1:token', 'x', { allowPlainText: true });
    await expect(store.get('ch1:token')).resolves.toBe('x');
  });

  it('ignores the Linux backend on other platforms', () => {
    const store = createSafeStorageSecretStore(fakeSafeStorage('basic_text'), '/unused', 'darwin');
    expect(store.kind()).toBe('encrypted');
  });
});
