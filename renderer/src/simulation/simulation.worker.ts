/** The simulation worker: core's simulation message handler behind this worker's message port. */
import { createSimulationWorker } from '../../../core/sim';
import type { SimulationWorkerResponse } from '../../../core/sim';

// The renderer is typed with the DOM library, not the worker one: name the two members used.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: SimulationWorkerResponse): void;
};

// A macrotask between batches lets a `cancel` message in (a resolved promise would not).
const handle = createSimulationWorker({ post: (m) => scope.postMessage(m), yieldToHost: () => new Promise((resolve) => setTimeout(resolve, 0)) });

scope.onmessage = (event) => void handle(event.data);
