import { webContents } from 'electron';
import { hostEventChannel } from '../host/api/ipc-channels';
import type { HostEventHub } from '../host/events/host-event-hub';

/**
 * Forwards host events to our own windows only, on one channel per event, with the payload
 * alone: the preload hands it to listeners without Electron's event object.
 */
export function forwardHostEvents(hub: HostEventHub, trustedContentsIds: ReadonlySet<number>): () => void {
  return hub.subscribe((event, payload) => {
    for (const id of trustedContentsIds) {
      const contents = webContents.fromId(id);
      if (contents && !contents.isDestroyed()) contents.send(hostEventChannel(event), payload);
    }
  });
}
