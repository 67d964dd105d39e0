import { describe, expect, it, vi } from 'vitest';
import type { EventStream } from '../../../renderer/src/host/host-events';
import { createHttpHost } from '../../../renderer/src/host/http-host';

/** Stands in for EventSource, which jsdom lacks. */
class FakeStream implements EventStream {
  onmessage: ((message: MessageEvent<string>) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {}
  close() {
    this.closed = true;
  }
  deliver(data: unknown) {
    this.onmessage?.(new MessageEvent('message', { data: typeof data === 'string' ? data : JSON.stringify(data) }));
  }
}

function hostWithStreams() {
  const streams: FakeStream[] = [];
  const host = createHttpHost({
    secret: 'a b&c',
    fetch: vi.fn<typeof fetch>(),
    openEventStream: (url) => {
      const stream = new FakeStream(url);
      streams.push(stream);
      return stream;
    },
  });
  return { host, streams };
}

const progress = { task: 'import', done: 1, total: 4 };

describe('createHttpHost: events', () => {
  it('opens one event stream with the secret in the query, on the first subscription', () => {
    const { host, streams } = hostWithStreams();
    expect(streams).toHaveLength(0);
    host.on('progress', () => {});
    host.on('progress', () => {});
    expect(streams).toHaveLength(1);
    expect(streams[0]?.url).toBe('/api/events?k=a%20b%26c');
  });

  it('delivers {event, payload} messages to the listeners of that event', () => {
    const { host, streams } = hostWithStreams();
    const listener = vi.fn();
    host.on('progress', listener);
    streams[0]?.deliver({ event: 'progress', payload: progress });
    expect(listener).toHaveBeenCalledWith(progress);
  });

  it('drops unknown events, malformed payloads and non-JSON messages', () => {
    const { host, streams } = hostWithStreams();
    const listener = vi.fn();
    host.on('progress', listener);
    streams[0]?.deliver({ event: 'nope', payload: progress });
    streams[0]?.deliver({ event: 'progress', payload: { task: 'x', done: -1, total: 1 } });
    streams[0]?.deliver('not json');
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops delivering after unsubscribe and closes the stream with the last listener', () => {
    const { host, streams } = hostWithStreams();
    const first = vi.fn();
    const second = vi.fn();
    const offFirst = host.on('progress', first);
    const offSecond = host.on('progress', second);

    offFirst();
    streams[0]?.deliver({ event: 'progress', payload: progress });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    expect(streams[0]?.closed).toBe(false);

    offSecond();
    expect(streams[0]?.closed).toBe(true);
    host.on('progress', first);
    expect(streams).toHaveLength(2);
  });
});
