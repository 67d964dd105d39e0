/**
 * Everything the host keeps for the app's lifetime, started and stopped together by the web
 * host and by Electron main: the channel gateway (the sandbox and the standing webhook
 * receiver), the runs (resumed at start), and the HostApi handlers over them.
 */
import type { HostHandlers, HostKind } from '../../../core/api/host-api';
import type { HostEventHub } from '../events/host-event-hub';
import type { RunRegistry } from '../executor/run-registry';
import { startChannelGateway, type ChannelGateway, type GatewaySandboxOptions } from '../gateway';
import type { SecretStore } from '../secrets/secret-store';
import { createHostHandlers, createRunRegistry } from './host-handlers';

export type HostServicesOptions = {
  host: HostKind;
  dataDir: string;
  secrets: SecretStore;
  events?: HostEventHub;
  /** The standing receiver's port (default 8790, any free port when taken). */
  webhookPort?: number;
  /** Settings of the app's sandbox (review delay, throughput...). */
  sandbox?: GatewaySandboxOptions;
  /** Where a run that could not resume is told (it never stops the app). */
  log?: (message: string) => void;
};

export type HostServices = {
  handlers: HostHandlers;
  gateway: ChannelGateway;
  runs: RunRegistry;
  /** Closes the runs, then the gateway: every port is free when it resolves. */
  close(): Promise<void>;
};

export async function startHostServices(options: HostServicesOptions): Promise<HostServices> {
  const { host, dataDir, secrets, events } = options;
  const gateway = await startChannelGateway({
    ...(options.webhookPort !== undefined ? { webhookPort: options.webhookPort } : {}),
    ...(options.sandbox ? { sandbox: options.sandbox } : {}),
    secrets,
  });
  const runs = createRunRegistry({ dataDir, secrets, ...(events ? { events } : {}), gateway });
  for (const { runId, reason } of await runs.resumeAll()) (options.log ?? console.error)(`run ${runId} of the last session could not resume: ${reason}`);
  let closing: Promise<void> | undefined;
  return {
    handlers: createHostHandlers({ host, dataDir, secrets, ...(events ? { events } : {}), runs, gateway }),
    gateway,
    runs,
    close() {
      closing ??= (async () => {
        await runs.close();
        await gateway.close();
      })();
      return closing;
    },
  };
}
