/**
 * Runs core simulations off the main thread: in the simulation Web Worker where workers exist,
 * else on this thread between macrotasks (jsdom tests), through the same core message handler
 * either way. One run at a time per runner; `cancel` stops it and the result says so.
 */
import { createSimulationWorker } from '../../../core/sim';
import type { SimulationProgress, SimulationRequest, SimulationResult, SimulationWorkerRequest, SimulationWorkerResponse } from '../../../core/sim';

/** Both ends of a simulation conversation: the worker, or the handler on this thread. */
export interface SimulationPort {
  send(message: SimulationWorkerRequest): void;
  listen(receive: (message: SimulationWorkerResponse) => void): void;
  close(): void;
}

export interface SimulationRun {
  result: Promise<SimulationResult>;
  cancel(): void;
}

export interface SimulationRunner {
  run(request: SimulationRequest, onProgress?: (progress: SimulationProgress) => void): SimulationRun;
  dispose(): void;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The core handler on the calling thread, yielding to the event loop between batches. */
export function createLocalPort(): SimulationPort {
  let receive: (message: SimulationWorkerResponse) => void = () => {};
  const handle = createSimulationWorker({ post: (m) => receive(m), yieldToHost: macrotask });
  return {
    send: (message) => void macrotask().then(() => handle(message)),
    listen: (r) => (receive = r),
    close: () => (receive = () => {}),
  };
}

/** A simulate request as JSON text, the audience written a slice per macrotask. */
export type SimulateJsonMessage = { type: 'simulate-json'; id: string; json: string };

const SLICE = 5_000;

/**
 * The request as JSON, built a slice of the audience at a time: posting 100,000 contacts as
 * objects makes the browser clone them in one main-thread task of several hundred ms, while a
 * string is copied at once, and writing it in slices leaves the page free between them.
 */
export async function requestJson(request: SimulationRequest): Promise<string> {
  const { audience, ...rest } = request;
  const parts: string[] = [];
  for (let i = 0; i < audience.length; i += SLICE) {
    parts.push(JSON.stringify(audience.slice(i, i + SLICE)).slice(1, -1));
    if (i + SLICE < audience.length) await macrotask();
  }
  return `${JSON.stringify(rest).slice(0, -1)},"audience":[${parts.filter((p) => p !== '').join(',')}]}`;
}

export function createWorkerPort(worker: Pick<Worker, 'postMessage' | 'terminate' | 'onmessage'>): SimulationPort {
  // In order: a cancel must not overtake the request it cancels while that is being written.
  let queue = Promise.resolve();
  return {
    send: (message) => {
      queue = queue.then(async () => {
        if (message.type === 'simulate') worker.postMessage({ type: 'simulate-json', id: message.id, json: await requestJson(message.request) } satisfies SimulateJsonMessage);
        else worker.postMessage(message);
      });
    },
    listen: (receive) => (worker.onmessage = (event: MessageEvent<SimulationWorkerResponse>) => receive(event.data)),
    close: () => worker.terminate(),
  };
}

export function createSimulationRunner(port: SimulationPort = defaultPort()): SimulationRunner {
  let next = 0;
  const waiting = new Map<string, { resolve: (r: SimulationResult) => void; reject: (e: Error) => void; progress?: (p: SimulationProgress) => void }>();
  port.listen((message) => {
    const pending = message.id === null ? undefined : waiting.get(message.id);
    if (!pending) return;
    if (message.type === 'progress') pending.progress?.(message.progress);
    else {
      waiting.delete(message.id as string);
      if (message.type === 'result') pending.resolve(message.result);
      else pending.reject(new Error(message.message));
    }
  });
  return {
    run(request, onProgress) {
      const id = `sim-${++next}`;
      const result = new Promise<SimulationResult>((resolve, reject) => {
        waiting.set(id, { resolve, reject, progress: onProgress });
      });
      port.send({ type: 'simulate', id, request });
      return { result, cancel: () => port.send({ type: 'cancel', id }) };
    },
    dispose() {
      for (const pending of waiting.values()) pending.reject(new Error('the simulation was closed'));
      waiting.clear();
      port.close();
    },
  };
}

function defaultPort(): SimulationPort {
  if (typeof Worker === 'undefined') return createLocalPort();
  // Vite recognises this exact form and bundles the worker as its own module.
  return createWorkerPort(new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' }));
}
