/**
 * Secrets of a channel through the HostApi: stored, replaced or removed, never read back. Where
 * the host has only a plain-text store it refuses until the user agrees (`plaintextNeedsConsent`).
 */
import { HostErrorCode } from '../../../../../core/api/host-api';
import type { HostApi, SecretKey } from '../../../../../core/api/host-api';

export const SECRET_KINDS = ['token', 'app-secret', 'verify-token'] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];

export const secretKey = (channelId: string, kind: SecretKind): SecretKey => `${channelId}:${kind}`;

export type StoreOutcome = { ok: true } | { ok: false; needsConsent: true } | { ok: false; needsConsent: false; message: string };

export async function storeSecret(host: HostApi, key: SecretKey, value: string, allowPlainText = false): Promise<StoreOutcome> {
  const answer = await host.secrets.set({ key, value, ...(allowPlainText ? { allowPlainText } : {}) });
  if (answer.ok) return { ok: true };
  if (answer.error.code === HostErrorCode.plaintextNeedsConsent) return { ok: false, needsConsent: true };
  return { ok: false, needsConsent: false, message: answer.error.message };
}

/** A verify token for Meta's webhook handshake: 24 random bytes, URL-safe. */
export function newVerifyToken(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
