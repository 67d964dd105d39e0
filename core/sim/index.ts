/**
 * The discrete-event simulator: plays an audience through the journey interpreter against a
 * seeded world model on a virtual clock, aggregating counts while it streams.
 */
export * from './result';
export {
  audienceOf,
  createSimulation,
  DEFAULT_HORIZON_MS,
  DEFAULT_PROGRESS_EVERY,
  simulate,
  simulateAsync,
  type CancelFlag,
  type SimulationInput,
  type SimulationOptions,
} from './simulate';
export type { Simulation } from './engine';
export type { AudienceSource } from './sim-state';
export { EventHeap } from './event-heap';
export { Prng } from './prng';
export { SimulationWorldExtras } from './world-table';
export {
  createSimulationWorker,
  SimulationRequest,
  type SimulationWorkerHost,
  type SimulationWorkerRequest,
  type SimulationWorkerResponse,
} from './worker-protocol';
export { parseWorldFile } from './world-file';
