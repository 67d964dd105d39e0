import { z } from 'zod';
import { hostEvents } from '../../../core/api/host-api';
import type { HostApi, HostEventName, HostEventPayload } from '../../../core/api/host-api';

/** What the hub needs from an `EventSource`: messages in, and a way to stop. */
export type EventStream = {
  onmessage: ((message: MessageEvent<string>) => void) | null;
  close(): void;
};

const Envelope = z.object({ event: z.string(), payload: z.unknown() });

function isHostEventName(name: string): name is HostEventName {
  return Object.hasOwn(hostEvents, name);
}

type Listener = (payload: unknown) => void;

/**
 * Fans out host events received as `{ event, payload }` messages to `on()` subscribers. The
 * stream opens with the first subscriber and closes with the last; a payload that does not
 * match its event's schema is dropped, never handed to a listener.
 */
export function createEventHub(openStream: () => EventStream): Pick<HostApi, 'on'> {
  const listeners = new Map<HostEventName, Set<Listener>>();
  let stream: EventStream | null = null;

  function dispatch(data: string): void {
    let message: unknown;
    try {
      message = JSON.parse(data);
    } catch {
      return;
    }
    const envelope = Envelope.safeParse(message);
    if (!envelope.success || !isHostEventName(envelope.data.event)) return;
    const event = envelope.data.event;
    const payload = hostEvents[event].safeParse(envelope.data.payload);
    if (!payload.success) return;
    for (const listener of [...(listeners.get(event) ?? [])]) listener(payload.data);
  }

  function on<E extends HostEventName>(event: E, listener: (payload: HostEventPayload<E>) => void) {
    const forEvent = listeners.get(event) ?? new Set<Listener>();
    listeners.set(event, forEvent);
    // Safe: dispatch only hands this listener payloads parsed with hostEvents[event].
    const entry = listener as Listener;
    forEvent.add(entry);
    if (!stream) {
      stream = openStream();
      stream.onmessage = (message) => dispatch(message.data);
    }
    return () => {
      forEvent.delete(entry);
      if (forEvent.size === 0) listeners.delete(event);
      if (listeners.size === 0 && stream) {
        stream.close();
        stream = null;
      }
    };
  }

  return { on };
}
