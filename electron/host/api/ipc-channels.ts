import type { HostEventName } from '../../../core/api/host-api';

/**
 * IPC channel names shared by Electron main and the preload. A host call travels on the
 * channel named after the call itself (`app:info`); each host event on its own channel, so
 * the preload subscribes to exactly the events asked for.
 */
export function hostEventChannel(event: HostEventName): string {
  return `host-event:${event}`;
}
