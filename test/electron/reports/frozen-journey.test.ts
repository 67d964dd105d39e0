/**
 * A run's report describes the journey revision it played: two runs of the same journey, the
 * second after its steps were renamed and one added, each answer their own revision through
 * runs:report, with counts under the step ids that revision had.
 */
import { describe, expect, it } from 'vitest';
import { handleHostCall } from '../../../electron/host/api/dispatch';
import { createHostHandlers } from '../../../electron/host/api/host-handlers';
import { RunRegistry } from '../../../electron/host/executor/run-registry';
import { createFileSecretStore } from '../../../electron/host/secrets/file-secret-store';
import type { HostValue } from '../../../core/api/host-api';
import type { Journey } from '../../../core/journey/journey';
import { useTempDirs } from '../temp-dir';
import { audienceCsv, channel, oneMessageJourney, welcomeTemplate } from '../executor/helpers';

const tempDir = useTempDirs();

/** The journey edited after the first run: `welcome` is now `hello`, and a second exit was added. */
function editedJourney(): Journey {
  const original = oneMessageJourney();
  const renamed = (id: string) => (id === 'welcome' ? 'hello' : id);
  return {
    ...original,
    nodes: [...original.nodes.map((n) => ({ ...n, id: renamed(n.id) })), { id: 'later', type: 'exit', data: {} }],
    edges: original.edges.map((e) => ({ ...e, source: renamed(e.source), target: renamed(e.target) })),
  } as Journey;
}

describe('runs:report of a journey edited since the run', () => {
  it('carries the frozen journey each run played, not the newest one', async () => {
    const dataDir = await tempDir();
    const runs = new RunRegistry({ dataDir });
    const handlers = createHostHandlers({ host: 'web', dataDir, secrets: createFileSecretStore(dataDir), runs });
    const runOf = async (journey: Journey): Promise<string> => {
      const file = JSON.stringify({ format: 'wa-journey', version: 1, journey, templates: [welcomeTemplate], channels: [channel({ throughputMps: 500 })] });
      const started = await handleHostCall('runs:start', { journeyFile: file, audienceCsv: audienceCsv(20) }, handlers);
      if (!started.ok) throw new Error(started.error.message);
      const { runId } = started.value as HostValue<'runs:start'>;
      for (let i = 0; i < 400 && (await runs.get(runId)).status !== 'completed'; i++) await new Promise((r) => setTimeout(r, 50));
      return runId;
    };
    const reportOf = async (runId: string): Promise<HostValue<'runs:report'>> => {
      const answer = await handleHostCall('runs:report', { runId }, handlers);
      if (!answer.ok) throw new Error(answer.error.message);
      return answer.value as HostValue<'runs:report'>;
    };
    try {
      const first = await runOf(oneMessageJourney());
      const second = await runOf(editedJourney());
      const before = await reportOf(first);
      const after = await reportOf(second);

      expect(before.journey.nodes.map((n) => n.id)).toEqual(['entry', 'welcome', 'done', 'gave-up']);
      expect(before.journey.nodes.find((n) => n.id === 'welcome')).toMatchObject({ type: 'whatsapp_template', data: { template: 'welcome' } });
      expect(Object.keys(before.metrics.nodes)).toEqual(['welcome']);
      expect(before.metrics.nodes.welcome?.sent).toBe(20);

      expect(after.journey.id).toBe(before.journey.id);
      expect(after.journey.nodes.map((n) => n.id)).toEqual(['entry', 'hello', 'done', 'gave-up', 'later']);
      expect(Object.keys(after.metrics.nodes)).toEqual(['hello']);
    } finally {
      await runs.close();
    }
  }, 60_000);
});
