import type { HostHandlers, HostKind } from '../../../core/api/host-api';
import type { HostEventHub } from '../events/host-event-hub';
import type { ChannelGateway } from '../gateway';
import { RunErrorCode, RunRegistry } from '../executor/run-registry';
import { runReportOf } from '../reports/run-report';
import type { SecretStore } from '../secrets/secret-store';
import { createChannelHandlers, parseChannel } from './channel-handlers';
import { HostFailure } from './host-failure';
import { packageInfo } from './package-info';

export type HostHandlerDeps = {
  host: HostKind;
  dataDir: string;
  secrets: SecretStore;
  /** Where `run-progress` events go. */
  events?: HostEventHub;
  /** The runs of this data folder; by default a registry over `dataDir`, `secrets` and `gateway`. */
  runs?: RunRegistry;
  /** The app's sandbox and webhook receiver (host-services.ts); without it, sandbox channels have nothing to reach. */
  gateway?: ChannelGateway;
};

/** The runs of `dataDir`: tokens read from `secrets`, progress emitted as `run-progress` on `events`. */
export function createRunRegistry({ dataDir, secrets, events, gateway }: Omit<HostHandlerDeps, 'host' | 'runs'>): RunRegistry {
  return new RunRegistry({
    dataDir,
    tokenOf: async (channelId) => (await secrets.get(`${channelId}:token`)) ?? null,
    onProgress: (snapshot) => events?.emit('run-progress', snapshot),
    ...(gateway ? { gateway } : {}),
  });
}

/**
 * The host side of the HostApi, the same for Electron and the web host: only the secret store
 * and the data folder differ. Arguments arrive already validated by the dispatcher.
 */
export function createHostHandlers({ host, dataDir, secrets, events, runs: given, gateway }: HostHandlerDeps): HostHandlers {
  const runs = given ?? createRunRegistry({ dataDir, secrets, ...(events ? { events } : {}), ...(gateway ? { gateway } : {}) });
  return {
    'app:info': async () => ({
      name: packageInfo.name,
      version: packageInfo.version,
      dataDir,
      host,
      secretStorage: secrets.kind(),
    }),
    // Answers how the value was kept, never the value: secrets do not travel back.
    'secrets:set': async ({ key, value, allowPlainText }) => ({
      storage: await secrets.set(key, value, { allowPlainText }),
    }),
    'secrets:has': ({ key }) => secrets.has(key),
    'secrets:clear': ({ key }) => secrets.clear(key),
    'runs:start': async ({ journeyFile, audienceCsv, channel }) => {
      return runs.start({ journeyFile, audienceCsv, ...(channel !== undefined ? { channel: parseChannel(channel) } : {}) });
    },
    'runs:list': () => runs.list(),
    'runs:get': ({ runId }) => runs.get(runId),
    'runs:pause': ({ runId }) => runs.control(runId, 'pause'),
    'runs:resume': ({ runId }) => runs.control(runId, 'resume'),
    'runs:cancel': ({ runId }) => runs.control(runId, 'cancel'),
    'runs:resolveUncertain': ({ runId, key, decision }) => runs.resolveUncertain(runId, key, decision),
    'runs:report': async ({ runId }) => {
      const report = runReportOf(dataDir, runId);
      if (report === null) throw new HostFailure(RunErrorCode.notFound, `no run ${runId}`);
      return report;
    },
    ...createChannelHandlers({ secrets, ...(gateway ? { gateway } : {}) }),
  };
}
