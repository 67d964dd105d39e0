/**
 * Starts a run of a journey: the journey is saved, then exported as a journey file (with the
 * templates and channel it uses, so the host freezes exactly this revision and these templates),
 * and sent with the audience to the host. The answer lands in the runs store.
 */
import type { HostApi, HostError, RunSnapshot } from '../../../core/api/host-api';
import type { Channel, Contact, Journey } from '../../../core/journey';
import { exportJourneyText, saveJourney } from '../../db';
import { audienceCsv } from './audience-csv';
import { putRun } from './runs-store';

export type StartOutcome = { ok: true; run: RunSnapshot } | { ok: false; error: HostError };

export async function startRun(host: HostApi, journey: Journey, contacts: readonly Contact[], attributes: readonly string[], channel: Channel | undefined): Promise<StartOutcome> {
  await saveJourney(journey);
  const file = await exportJourneyText(journey.id);
  if (!file) return { ok: false, error: { code: 'runs/bad-journey', message: `no journey ${journey.id}` } };
  const answer = await host.runs.start({
    journeyFile: file.text,
    audienceCsv: audienceCsv(contacts, attributes),
    ...(channel ? { channel } : {}),
  });
  if (!answer.ok) return answer;
  putRun(answer.value);
  return { ok: true, run: answer.value };
}
