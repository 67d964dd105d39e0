/** The validation worker: core validateJourney off the main thread, one answer per request. */
import { handleValidationRequest } from './validation-handler';
import type { ValidationRequest, ValidationResponse } from './validation-messages';

// The renderer is typed with the DOM library, not the worker one: name the two members used.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ValidationRequest>) => void) | null;
  postMessage(message: ValidationResponse): void;
};

scope.onmessage = (event) => {
  scope.postMessage(handleValidationRequest(event.data));
};
