/** The standing receiver's port: the flag, else WAJOURNEY_WEBHOOK_PORT, else the default. */
import { DEFAULT_WEBHOOK_PORT } from './channel-gateway';

export const WEBHOOK_PORT_ENV = 'WAJOURNEY_WEBHOOK_PORT';

/** Throws a clear error naming where a bad value came from. */
export function webhookPortFrom(flag: string | undefined, env: Record<string, string | undefined>): number {
  const [value, where] = flag !== undefined ? [flag, '--webhook-port'] : [env[WEBHOOK_PORT_ENV], WEBHOOK_PORT_ENV];
  if (value === undefined || value === '') return DEFAULT_WEBHOOK_PORT;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw new Error(`invalid ${where} '${value}': expected a number from 0 to 65535`);
  return Number(value);
}
