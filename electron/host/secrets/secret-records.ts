/** The on-disk shape shared by both secret stores: a versioned map from key to entry. */
export type SecretRecords<E> = { version: 1; secrets: Record<string, E> };

export function emptyRecords<E>(): SecretRecords<E> {
  return { version: 1, secrets: {} };
}

export function putRecord<E>(current: SecretRecords<E>, key: string, entry: E): { next: SecretRecords<E>; result: undefined } {
  return { next: { ...current, secrets: { ...current.secrets, [key]: entry } }, result: undefined };
}

/** Answers whether the key was there, so `secrets:clear` can tell the user. */
export function removeRecord<E>(current: SecretRecords<E>, key: string): { next: SecretRecords<E>; result: boolean } {
  if (!Object.hasOwn(current.secrets, key)) return { next: current, result: false };
  const secrets = { ...current.secrets };
  delete secrets[key];
  return { next: { ...current, secrets }, result: true };
}

/** Own keys only: a key such as `__proto__:token` never reads the prototype. */
export function getRecord<E>(current: SecretRecords<E>, key: string): E | undefined {
  return Object.hasOwn(current.secrets, key) ? current.secrets[key] : undefined;
}
