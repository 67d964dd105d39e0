import { join } from 'node:path';
import { z } from 'zod';
import type { SecretStorageKind } from '../../../core/api/host-api';
import { PrivateJsonFile } from '../storage/private-json-file';
import { emptyRecords, getRecord, putRecord, removeRecord } from './secret-records';
import type { SecretRecords } from './secret-records';
import type { SecretStore } from './secret-store';

export const FILE_SECRETS_NAME = 'secrets.json';

const Content = z.object({ version: z.literal(1), secrets: z.record(z.string(), z.string()) });

/**
 * The web host's store: no keyring is reachable from a plain Node server, so values sit in
 * a JSON file in the data folder that only the user can read (mode 0600), as a CLI tool's
 * credentials file does. `app:info` reports it as `user-file` so the UI can say so.
 */
export function createFileSecretStore(dataDir: string): SecretStore {
  const file = new PrivateJsonFile<SecretRecords<string>>(
    join(dataDir, FILE_SECRETS_NAME),
    emptyRecords,
    (raw) => Content.parse(raw),
  );
  const kind: SecretStorageKind = 'user-file';

  return {
    kind: () => kind,
    async set(key, value) {
      await file.update((current) => putRecord(current, key, value));
      return kind;
    },
    async has(key) {
      return getRecord(await file.read(), key) !== undefined;
    },
    clear(key) {
      return file.update((current) => removeRecord(current, key));
    },
    async get(key) {
      return getRecord(await file.read(), key);
    },
  };
}
