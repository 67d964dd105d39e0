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

export function createWorkerPort(worker: Worker): SimulationPort {
  return {
    send: (message) => worker.postMessage(message),
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
