import type { HostHandlers, HostKind } from '../../../core/api/host-api';
import type { SecretStore } from '../secrets/secret-store';
import { packageInfo } from './package-info';

export type HostHandlerDeps = {
  host: HostKind;
  dataDir: string;
  secrets: SecretStore;
};

/**
 * The host side of the HostApi, the same for Electron and the web host: only the secret store
 * and the data folder differ. Arguments arrive already validated by the dispatcher.
 */
export function createHostHandlers({ host, dataDir, secrets }: HostHandlerDeps): HostHandlers {
  return {
    'app:info': async () => ({
      name: packageInfo.name,
      version: packageInfo.version,
      dataDir,
      host,
      secretStorage: secrets.kind(),
    }),
    // Answers how the value was kept, never the value: secrets do not travel back.
    'secrets:set': async ({ key, value, allowPlainText }) => ({
      storage: await secrets.set(key, value, { allowPlainText }),
    }),
    'secrets:has': ({ key }) => secrets.has(key),
    'secrets:clear': ({ key }) => secrets.clear(key),
  };
}
