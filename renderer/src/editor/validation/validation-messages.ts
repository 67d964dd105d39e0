/** The messages between the editor and the validation worker. */
import type { Finding, ValidationInput } from '../../../../core/rules';

/** Validate `input`; `id` is echoed so the caller keeps only the answer to its latest request. */
export interface ValidationRequest {
  id: number;
  input: ValidationInput;
}

/** The findings of request `id`, or why validation failed (a bug, never a journey's fault). */
export type ValidationResponse = { id: number; findings: Finding[] } | { id: number; error: string };
