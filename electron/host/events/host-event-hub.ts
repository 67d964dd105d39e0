import type { HostEventName, HostEventPayload } from '../../../core/api/host-api';

export type HostEventListener = <E extends HostEventName>(event: E, payload: HostEventPayload<E>) => void;

/**
 * Host services (the executor, long imports) publish progress here without knowing who
 * listens; each transport subscribes once: Electron main forwards to its window over IPC,
 * the web host to every open server-sent-events stream.
 */
export class HostEventHub {
  private readonly listeners = new Set<HostEventListener>();

  emit<E extends HostEventName>(event: E, payload: HostEventPayload<E>): void {
    for (const listener of this.listeners) {
      try {
        listener(event, payload);
      } catch (error) {
        // One broken transport (a closed window) must not stop the others from hearing.
        console.error(`host event listener failed on ${event}:`, error);
      }
    }
  }

  /** Returns the function that unsubscribes. */
  subscribe(listener: HostEventListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  get listenerCount(): number {
    return this.listeners.size;
  }
}
