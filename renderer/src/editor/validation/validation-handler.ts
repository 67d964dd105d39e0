/** What the validation worker does with a message, as a plain function both the worker and the fallback call. */
import { validateJourney } from '../../../../core/rules';
import type { ValidationRequest, ValidationResponse } from './validation-messages';

/**
 * Validates one request. validateJourney never throws on a journey; a throw here is a bug, and
 * it is answered as data so the editor shows it instead of waiting forever.
 */
export function handleValidationRequest(request: ValidationRequest): ValidationResponse {
  try {
    return { id: request.id, findings: validateJourney(request.input) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}
