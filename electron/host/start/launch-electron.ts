import { spawn } from 'node:child_process';
import type { LaunchOutcome } from './start-decision';

/**
 * Runs Electron on the app folder and reports how it ended. ELECTRON_RUN_AS_NODE is removed
 * from the child's environment: inherited from a parent shell, it would make Electron run
 * as plain Node and ignore the app.
 */
export function launchElectron(executable: string, appDir: string, now: () => number = Date.now): Promise<LaunchOutcome> {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const startedAt = now();
  return new Promise((resolve) => {
    const child = spawn(executable, [appDir], { stdio: 'inherit', env });
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    const onInt = forward('SIGINT');
    const onTerm = forward('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    const done = (outcome: LaunchOutcome) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(outcome);
    };
    child.once('error', (error) => done({ kind: 'spawn-error', message: error.message }));
    child.once('exit', (code, signal) => done({ kind: 'exit', code, signal, afterMs: now() - startedAt }));
  });
}
