/**
 * The one contract between the renderer and its host (Electron main or the web host).
 *
 * Every call is named `domain:action`, has a zod schema for its arguments and its result, and
 * answers a {@link HostResult} so that errors cross the bridge as data. Main, preload, the web
 * host and the renderer all type themselves against this file: adding a call here fails to
 * compile until every side implements it.
 */
import { z } from 'zod';

export const HostKind = z.enum(['electron', 'web']);
export type HostKind = z.infer<typeof HostKind>;

export const SecretStorageKind = z.enum(['encrypted', 'plaintext', 'user-file']);
export type SecretStorageKind = z.infer<typeof SecretStorageKind>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  dataDir: z.string(),
  host: HostKind,
  /** How secrets are kept: `plaintext` means the OS offers no keyring (Linux basic_text). */
  secretStorage: SecretStorageKind,
});
export type AppInfo = z.infer<typeof AppInfo>;

/** Secret names are fixed: a channel id plus the kind of secret. */
export const SecretKey = z
  .string()
  .regex(/^[a-zA-Z0-9_-]{1,64}:(token|app-secret|verify-token)$/, 'expected CHANNEL:token|app-secret|verify-token');
export type SecretKey = z.infer<typeof SecretKey>;

const Empty = z.object({}).strict();

export const hostCalls = {
  'app:info': { args: Empty, result: AppInfo },
  'secrets:set': {
    args: z
      .object({
        key: SecretKey,
        value: z.string().min(1).max(8192),
        /** The user agreed to keep it in a plain-text store where no keyring exists. */
        allowPlainText: z.boolean().optional(),
      })
      .strict(),
    result: z.object({ storage: SecretStorageKind }),
  },
  'secrets:has': { args: z.object({ key: SecretKey }).strict(), result: z.boolean() },
  'secrets:clear': { args: z.object({ key: SecretKey }).strict(), result: z.boolean() },
} as const;

export type HostCallName = keyof typeof hostCalls;
export type HostArgs<N extends HostCallName> = z.input<(typeof hostCalls)[N]['args']>;
export type HostValue<N extends HostCallName> = z.infer<(typeof hostCalls)[N]['result']>;

export type HostError = { code: string; message: string };
export type HostResult<T> = { ok: true; value: T } | { ok: false; error: HostError };

/** Error codes a caller can branch on. */
export const HostErrorCode = {
  invalidArgs: 'invalid-args',
  forbidden: 'forbidden',
  unknownCall: 'unknown-call',
  plaintextNeedsConsent: 'secrets/plaintext-needs-consent',
  internal: 'internal',
} as const;

/** Events the host pushes to the renderer (progress of long work). */
export const hostEvents = {
  progress: z.object({
    task: z.string(),
    done: z.number().nonnegative(),
    total: z.number().nonnegative(),
    label: z.string().optional(),
  }),
} as const;
export type HostEventName = keyof typeof hostEvents;
export type HostEventPayload<E extends HostEventName> = z.infer<(typeof hostEvents)[E]>;

type Call<N extends HostCallName> = (args: HostArgs<N>) => Promise<HostResult<HostValue<N>>>;

/**
 * What the renderer holds: one named method per call, grouped by domain, plus a subscription
 * to events. The preload and the HTTP client both end with `satisfies HostApi`.
 */
export type HostApi = {
  app: { info: Call<'app:info'> };
  secrets: { set: Call<'secrets:set'>; has: Call<'secrets:has'>; clear: Call<'secrets:clear'> };
  /** Subscribes to a host event; returns the function that unsubscribes. */
  on<E extends HostEventName>(event: E, listener: (payload: HostEventPayload<E>) => void): () => void;
};

/** The host side: one handler per call, given arguments already validated. */
export type HostHandlers = { [N in HostCallName]: (args: z.infer<(typeof hostCalls)[N]['args']>) => Promise<HostValue<N>> };
