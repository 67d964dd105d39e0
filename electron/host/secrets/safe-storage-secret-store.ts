import { join } from 'node:path';
import { z } from 'zod';
import { HostErrorCode } from '../../../core/api/host-api';
import type { SecretStorageKind } from '../../../core/api/host-api';
import { HostFailure } from '../api/host-failure';
import { PrivateJsonFile } from '../storage/private-json-file';
import { emptyRecords, getRecord, putRecord, removeRecord } from './secret-records';
import type { SecretRecords } from './secret-records';
import type { SecretStore } from './secret-store';

export const SAFE_STORAGE_SECRETS_NAME = 'secrets.safe-storage.json';

/** The part of Electron's `safeStorage` this store uses, injected so this file stays plain Node. */
export type SafeStorageLike = {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which keyring backs the encryption key. */
  getSelectedStorageBackend?(): string;
};

const Entry = z.object({
  /** `safe-storage`: base64 of encryptString; `plain`: the value itself (no encryption at all). */
  format: z.enum(['safe-storage', 'plain']),
  data: z.string(),
});
type Entry = z.infer<typeof Entry>;
const Content = z.object({ version: z.literal(1), secrets: z.record(z.string(), Entry) });

/**
 * The desktop store. Where the OS has a keyring, values are encrypted with a key it holds.
 * On Linux without one, Chromium falls back to `basic_text`: a key hard-coded in the binary,
 * which protects nothing, so the store reports `plaintext` and refuses to keep a value until
 * the user consents (`allowPlainText`), rather than pretending the value is encrypted.
 */
export function createSafeStorageSecretStore(
  safeStorage: SafeStorageLike,
  dataDir: string,
  platform: NodeJS.Platform = process.platform,
): SecretStore {
  const file = new PrivateJsonFile<SecretRecords<Entry>>(
    join(dataDir, SAFE_STORAGE_SECRETS_NAME),
    emptyRecords,
    (raw) => Content.parse(raw),
  );

  const kind = (): SecretStorageKind => {
    if (!safeStorage.isEncryptionAvailable()) return 'plaintext';
    if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') return 'plaintext';
    return 'encrypted';
  };

  return {
    kind,
    async set(key, value, options = {}) {
      const storage = kind();
      if (storage === 'plaintext' && options.allowPlainText !== true) {
        throw new HostFailure(
          HostErrorCode.plaintextNeedsConsent,
          'No keyring is available: the secret would be stored as plain text. Ask the user to agree first.',
        );
      }
      // basic_text still goes through encryptString: it hides the value from a casual glance.
      const entry: Entry = safeStorage.isEncryptionAvailable()
        ? { format: 'safe-storage', data: safeStorage.encryptString(value).toString('base64') }
        : { format: 'plain', data: value };
      await file.update((current) => putRecord(current, key, entry));
      return storage;
    },
    async has(key) {
      return getRecord(await file.read(), key) !== undefined;
    },
    clear(key) {
      return file.update((current) => removeRecord(current, key));
    },
    async get(key) {
      const entry = getRecord(await file.read(), key);
      if (!entry) return undefined;
      return entry.format === 'plain' ? entry.data : safeStorage.decryptString(Buffer.from(entry.data, 'base64'));
    },
  };
}
