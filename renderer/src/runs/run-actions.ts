/** The user's controls on a run, through the HostApi; each answer updates the runs store. */
import type { HostApi, HostResult, RunSnapshot } from '../../../core/api/host-api';
import { putRun } from './runs-store';

export type RunControl = 'pause' | 'resume' | 'cancel';

async function settle(answer: Promise<HostResult<RunSnapshot>>): Promise<string | null> {
  const result = await answer;
  if (!result.ok) return result.error.message;
  putRun(result.value);
  return null;
}

/** Pauses, resumes or cancels a run; the host's message when it refused, else null. */
export function controlRun(host: HostApi, runId: string, control: RunControl): Promise<string | null> {
  return settle(host.runs[control]({ runId }));
}

/** The user's decision on an uncertain send: it went (`sent`), or send it again (`resend`). */
export function resolveSend(host: HostApi, runId: string, key: string, decision: 'sent' | 'resend'): Promise<string | null> {
  return settle(host.runs.resolveUncertain({ runId, key, decision }));
}
