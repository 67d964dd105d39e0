export { useFindings, VALIDATION_DELAY_MS, type FindingsState } from './use-findings';
export { createValidator, type Validator } from './validator';
