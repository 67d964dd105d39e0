export * from './flow-types';
export * from './from-flow';
export * from './sticky-notes';
export * from './to-flow';
