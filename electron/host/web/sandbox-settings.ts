/**
 * The app sandbox's review delay and throughput from `npm run web` flags or the environment
 * (a flag wins), so a trainer can show a template review taking a minute, or a number's
 * throughput limit biting at a low rate. A bad value is an error naming the flag or variable.
 */
import type { GatewaySandboxOptions } from '../gateway';

export const SANDBOX_REVIEW_DELAY_ENV = 'WAJOURNEY_SANDBOX_REVIEW_DELAY_MS';
export const SANDBOX_MPS_ENV = 'WAJOURNEY_SANDBOX_MPS';

/** A review longer than a day teaches nothing a day would not; Meta's highest throughput is 1,000/s. */
const MAX_REVIEW_DELAY_MS = 86_400_000;
const MAX_MPS = 1_000;

export interface SandboxFlags {
  'sandbox-review-delay'?: string | undefined;
  'sandbox-mps'?: string | undefined;
}

/** One setting: the flag when given, else the variable; undefined when neither is set. */
function wholeNumber(flag: string | undefined, flagName: string, env: Record<string, string | undefined>, envName: string, min: number, max: number, unit: string): number | undefined {
  const [value, where] = flag !== undefined ? [flag, flagName] : [env[envName], envName];
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,9}$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new Error(`invalid ${where} '${value}': expected ${unit} from ${min} to ${max}`);
  }
  return Number(value);
}

/** The sandbox settings the flags and environment ask for (only those set). Throws on a bad value. */
export function sandboxSettingsFrom(flags: SandboxFlags, env: Record<string, string | undefined>): GatewaySandboxOptions {
  const reviewDelayMs = wholeNumber(flags['sandbox-review-delay'], '--sandbox-review-delay', env, SANDBOX_REVIEW_DELAY_ENV, 0, MAX_REVIEW_DELAY_MS, 'milliseconds');
  const mps = wholeNumber(flags['sandbox-mps'], '--sandbox-mps', env, SANDBOX_MPS_ENV, 1, MAX_MPS, 'messages per second');
  return { ...(reviewDelayMs !== undefined ? { reviewDelayMs } : {}), ...(mps !== undefined ? { mps } : {}) };
}

/** The start line that says what a trainer changed (nothing when the defaults apply). */
export function describeSandboxSettings(settings: GatewaySandboxOptions): string | undefined {
  const parts = [
    ...(settings.reviewDelayMs !== undefined ? [`reviews templates after ${settings.reviewDelayMs} ms`] : []),
    ...(settings.mps !== undefined ? [`takes ${settings.mps} message${settings.mps === 1 ? '' : 's'} per second`] : []),
  ];
  return parts.length > 0 ? `The built-in sandbox ${parts.join(' and ')}.` : undefined;
}
