import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HostEventHub } from '../../../electron/host/events/host-event-hub';
import { handleHostCall } from '../../../electron/host/api/dispatch';
import { createHostHandlers } from '../../../electron/host/api/host-handlers';
import { RunRegistry } from '../../../electron/host/executor/run-registry';
import { createFileSecretStore } from '../../../electron/host/secrets/file-secret-store';
import type { HostEventPayload } from '../../../core/api/host-api';
import { useTempDirs } from '../temp-dir';
import { audienceCsv, channel, oneMessageJourney, welcomeTemplate } from './helpers';

const tempDir = useTempDirs();

function journeyFile(journey = oneMessageJourney()): string {
  return JSON.stringify({ format: 'wa-journey', version: 1, journey, templates: [welcomeTemplate], channels: [channel({ throughputMps: 500 })] });
}

describe('runs:* host calls', () => {
  it('start a run, report progress events, and list and get it until it completes', async () => {
    const dataDir = await tempDir();
    const events = new HostEventHub();
    const progress: HostEventPayload<'run-progress'>[] = [];
    events.subscribe((event, payload) => {
      if (event === 'run-progress') progress.push(payload as HostEventPayload<'run-progress'>);
    });
    const runs = new RunRegistry({ dataDir, onProgress: (s) => events.emit('run-progress', s) });
    const handlers = createHostHandlers({ host: 'web', dataDir, secrets: createFileSecretStore(dataDir), events, runs });
    const started = await handleHostCall('runs:start', { journeyFile: journeyFile(), audienceCsv: audienceCsv(200) }, handlers);
    expect(started).toMatchObject({ ok: true, value: { status: 'running', contacts: 200 } });
    const runId = (started as { value: { runId: string } }).value.runId;
    for (let i = 0; i < 200; i++) {
      const got = await handleHostCall('runs:get', { runId }, handlers);
      if ((got as { value: { status: string } }).value.status === 'completed') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const listed = await handleHostCall('runs:list', {}, handlers);
    expect(listed).toMatchObject({ ok: true, value: [{ runId, status: 'completed', nodes: { welcome: { sent: 200 } } }] });
    expect(progress.at(-1)).toMatchObject({ runId, status: 'completed' });
    await runs.close();
    // The frozen revision lives with the run: the journal and run.json are in its folder.
    expect(JSON.parse(readFileSync(`${dataDir}/runs/${runId}/run.json`, 'utf8')).journey.id).toBe('j-one');
    // A new registry (a restarted app) reads the finished run from its journal.
    const again = new RunRegistry({ dataDir });
    expect((await again.get(runId)).nodes.welcome?.sent).toBe(200);
    await again.close();
  }, 30_000);

  it('refuses a journey with an error finding, and unknown runs', async () => {
    const dataDir = await tempDir();
    const runs = new RunRegistry({ dataDir });
    const handlers = createHostHandlers({ host: 'web', dataDir, secrets: createFileSecretStore(dataDir), runs });
    const broken = oneMessageJourney({ edges: [] });
    const refused = await handleHostCall('runs:start', { journeyFile: journeyFile({ ...broken, nodes: broken.nodes.filter((n) => n.type !== 'entry') }), audienceCsv: audienceCsv(3) }, handlers);
    expect(refused).toMatchObject({ ok: false, error: { code: 'runs/has-errors' } });
    expect(await handleHostCall('runs:get', { runId: 'nope' }, handlers)).toMatchObject({ ok: false, error: { code: 'runs/not-found' } });
    expect(await handleHostCall('runs:resolveUncertain', { runId: 'nope', key: 'k', decision: 'sent' }, handlers)).toMatchObject({ ok: false, error: { code: 'runs/not-found' } });
    await runs.close();
  });
});
