import type { ElectronRuntime } from './electron-runtime';

/** What `npm start` does: open the desktop app, or serve the same app to a browser. */
export type StartPlan = { mode: 'electron'; executable: string } | { mode: 'web'; notice: string };

/** How long Electron must stay up before an exit counts as the user quitting, not a failed launch. */
export const LAUNCH_GRACE_MS = 5_000;

export function planStart(runtime: ElectronRuntime, forceWeb: boolean): StartPlan {
  if (forceWeb) return { mode: 'web', notice: 'Serving the web host as asked (--web).' };
  if (!runtime.available) {
    return { mode: 'web', notice: `Electron cannot start here: ${runtime.reason}; serving the web host instead.` };
  }
  return { mode: 'electron', executable: runtime.executable };
}

export type LaunchOutcome =
  | { kind: 'spawn-error'; message: string }
  | { kind: 'exit'; code: number | null; signal: string | null; afterMs: number };

/**
 * Whether a finished Electron process means the desktop app could not run (so the web host
 * should take over) rather than that the user closed it. A binary that cannot be executed,
 * or one that dies with an error within the grace period (missing system libraries, no
 * display), is a failed launch; a clean exit, or any exit after the grace period, is not.
 */
export function launchFailed(outcome: LaunchOutcome): boolean {
  if (outcome.kind === 'spawn-error') return true;
  if (outcome.afterMs >= LAUNCH_GRACE_MS) return false;
  return outcome.code !== 0 || outcome.signal !== null;
}

export function describeLaunchFailure(outcome: LaunchOutcome): string {
  if (outcome.kind === 'spawn-error') return outcome.message;
  return outcome.signal ? `it was killed by ${outcome.signal}` : `it exited with code ${outcome.code}`;
}
