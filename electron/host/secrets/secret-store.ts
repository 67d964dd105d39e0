import type { SecretKey, SecretStorageKind } from '../../../core/api/host-api';

export type SetSecretOptions = {
  /** The user agreed to keep the value where no keyring protects it. */
  allowPlainText?: boolean;
};

/**
 * Where the host keeps Meta tokens and app secrets. The HostApi only ever learns whether a
 * secret exists: `get` is for host services (the Graph client, the executor) and no call
 * hands its result to the renderer.
 */
export interface SecretStore {
  /** How values are protected, as reported by `app:info`. */
  kind(): SecretStorageKind;
  /** Stores the value; answers how it was kept. Throws HostFailure when it may not store. */
  set(key: SecretKey, value: string, options?: SetSecretOptions): Promise<SecretStorageKind>;
  has(key: SecretKey): Promise<boolean>;
  /** Removes the value; answers whether there was one. */
  clear(key: SecretKey): Promise<boolean>;
  get(key: SecretKey): Promise<string | undefined>;
}
