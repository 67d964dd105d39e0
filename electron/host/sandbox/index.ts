/** The sandbox Meta server: startSandbox and what tests and the executor drive it with. */
export { ManualScheduler, systemScheduler, type Scheduler } from './clock';
export type { FaultCounts, Faults } from './faults';
export { startSandbox } from './sandbox-server';
export * from './sandbox-types';
export { DEFAULT_DELAYS, type SandboxDelays } from './simulated-recipients';
export { reviewProblems } from './template-registry';
export * from './webhook-payloads';
