// The renderer's only door to the host: one named method per HostApi call, nothing generic.
// Sandboxed, so this file is bundled as one CommonJS script and may require only 'electron'.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { HostApi, HostArgs, HostCallName, HostEventName, HostResult, HostValue } from '../../core/api/host-api';
import { hostEventChannel } from '../host/api/ipc-channels';

function invoke<N extends HostCallName>(name: N, args: HostArgs<N>): Promise<HostResult<HostValue<N>>> {
  return ipcRenderer.invoke(name, args) as Promise<HostResult<HostValue<N>>>;
}

/** Listed here rather than imported with their zod schemas, to keep the preload tiny. */
const eventNames = ['progress', 'run-progress'] as const satisfies readonly HostEventName[];
// Fails to compile when core/api adds an event this list lacks.
const everyEventListed: Exclude<HostEventName, (typeof eventNames)[number]> extends never ? true : false = true;
void everyEventListed;

function isKnownEvent(event: string): event is HostEventName {
  return (eventNames as readonly string[]).includes(event);
}

const api = {
  app: { info: (args) => invoke('app:info', args ?? {}) },
  secrets: {
    set: (args) => invoke('secrets:set', args),
    has: (args) => invoke('secrets:has', args),
    clear: (args) => invoke('secrets:clear', args),
  },
  runs: {
    start: (args) => invoke('runs:start', args),
    list: (args) => invoke('runs:list', args ?? {}),
    get: (args) => invoke('runs:get', args),
    pause: (args) => invoke('runs:pause', args),
    resume: (args) => invoke('runs:resume', args),
    cancel: (args) => invoke('runs:cancel', args),
    resolveUncertain: (args) => invoke('runs:resolveUncertain', args),
    report: (args) => invoke('runs:report', args),
  },
  channels: {
    testConnection: (args) => invoke('channels:testConnection', args),
    webhook: (args) => invoke('channels:webhook', args),
  },
  templates: {
    sync: (args) => invoke('templates:sync', args),
    submit: (args) => invoke('templates:submit', args),
  },
  on(event, listener) {
    if (!isKnownEvent(event)) throw new Error(`unknown host event: ${String(event)}`);
    const channel = hostEventChannel(event);
    // The page gets the payload only, never Electron's event object (it exposes `sender`).
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload as Parameters<typeof listener>[0]);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
} satisfies HostApi;

contextBridge.exposeInMainWorld('journeyHost', api);
