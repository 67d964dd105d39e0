/**
 * Reports of runs and simulations: one neutral event record (events.ts) that both produce,
 * the three Marketing Cloud-style extracts, run metrics with the quality risk, and a run
 * compared with its simulation. Pure: times are epoch ms given by the caller.
 */
export * from './compare';
export * from './compare-volumes';
export * from './csv';
export * from './events';
export * from './extracts';
export * from './median';
export * from './metrics';
export * from './simulate-report';
export * from './run-report';
export * from './run-cost';
export * from './series';
export * from './forecast';
export * from './status-dedupe';
export * from './message-key';
