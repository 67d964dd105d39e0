/**
 * The discrete-event simulator: plays an audience through the journey interpreter against a
 * seeded world model on a virtual clock, aggregating counts while it streams.
 *
 * Modelling choices, beyond the spec (each explained where it lives):
 * - arrivals: audience entries all at the start; inbound and event entries evenly over
 *   `arrivalHours`. Without WhatsApp opt-in a contact never enters (interpreter).
 * - responses per delivered message (responses.ts): block, else read, STOP, a button tap or a
 *   text reply, by the world's rates; delays log-normal around their median (world-table.ts).
 *   A message never delivered fails later with 131026; nothing undelivered is charged.
 * - the send path (sending.ts): pair rate, messaging limit (sends wait for room), throughput,
 *   quiet hours again at send time, consent again, then Meta's answer (meta-gate.ts).
 * - PENDING and DRAFT templates play as approved (the spec: "simulable, not runnable").
 * - a run stops at its horizon (90 days by default); contacts still in the journey then are
 *   reported as waiting.
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
export type { AudienceSource, SimEventSink } from './sim-state';
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
