import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HostEventHub } from '../events/host-event-hub';

/** Comment lines keep idle connections from being closed by the browser or a proxy. */
const HEARTBEAT_MS = 20_000;

/**
 * GET /api/events: host events as server-sent events. Each is an unnamed message whose data
 * is `{"event": name, "payload": ...}`, so a browser EventSource hears every event through
 * one `onmessage` and new event kinds need no new listener. Answers the function that ends
 * the stream.
 */
export function openEventStream(req: IncomingMessage, res: ServerResponse, hub: HostEventHub): () => void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  res.write(': connected\n\n');

  const unsubscribe = hub.subscribe((event, payload) => {
    res.write(`data: ${JSON.stringify({ event, payload })}\n\n`);
  });
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  heartbeat.unref();

  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    res.end();
  };
  req.on('close', end);
  return end;
}
