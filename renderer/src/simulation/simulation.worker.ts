/** The simulation worker: core's simulation message handler behind this worker's message port. */
import { createSimulationWorker } from '../../../core/sim';
import type { SimulationWorkerResponse } from '../../../core/sim';
import type { SimulateJsonMessage } from './sim-runner';

// The renderer is typed with the DOM library, not the worker one: name the two members used.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: SimulationWorkerResponse): void;
};

// A macrotask between batches lets a `cancel` message in (a resolved promise would not).
const handle = createSimulationWorker({ post: (m) => scope.postMessage(m), yieldToHost: () => new Promise((resolve) => setTimeout(resolve, 0)) });

/** A request arrives as JSON text (sim-runner.ts says why); anything else goes to the handler as is. */
function unpack(data: unknown): unknown {
  const message = data as Partial<SimulateJsonMessage> | null;
  if (message?.type !== 'simulate-json' || typeof message.json !== 'string') return data;
  try {
    return { type: 'simulate', id: message.id, request: JSON.parse(message.json) as unknown };
  } catch {
    return { type: 'simulate', id: message.id, request: null };
  }
}

scope.onmessage = (event) => void handle(unpack(event.data));
