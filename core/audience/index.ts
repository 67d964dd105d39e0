export * from './columns';
export * from './consent';
export * from './csv-reader';
export * from './parse';
export * from './row';
export * from './types';
export * from './values';
export * from './reasons';
