/**
 * A worker_threads entry that hosts the simulator as a Web Worker would: the protocol handler
 * wired to the port, nothing else. Loaded with tsx by worker.test.ts.
 */
import { parentPort } from 'node:worker_threads';
import { createSimulationWorker } from '../../../../core/sim/worker-protocol';

const port = parentPort;
if (port === null) throw new Error('worker-entry.ts runs in a worker thread');
const handle = createSimulationWorker({
  post: (message) => port.postMessage(message),
  yieldToHost: () => new Promise((resolve) => setImmediate(resolve)),
});
port.on('message', (message: unknown) => void handle(message));
