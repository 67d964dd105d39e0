/**
 * Runs validation off the main thread in a Web Worker where one exists, and on the main
 * thread where none does (jsdom tests, very old hosts). Either way the answer is a promise,
 * and only the answer to the latest request is delivered: older ones are dropped.
 */
import type { Finding, ValidationInput } from '../../../../core/rules';
import { handleValidationRequest } from './validation-handler';
import type { ValidationRequest, ValidationResponse } from './validation-messages';

export interface Validator {
  /** Validates `input`; resolves with its findings, or never when a newer request superseded it. */
  validate(input: ValidationInput): Promise<Finding[]>;
  dispose(): void;
}

/** A validator on the calling thread: for tests and hosts without workers. */
export function createSyncValidator(): Validator {
  let latest = 0;
  return {
    validate(input) {
      const id = ++latest;
      // A microtask, like a worker's answer: callers never see findings synchronously.
      return Promise.resolve().then(() => {
        if (id !== latest) return new Promise<Finding[]>(() => {});
        return unwrap(handleValidationRequest({ id, input }));
      });
    },
    dispose() {
      latest = -1;
    },
  };
}

/**
 * A validator backed by the validation worker. A worker that fails (its script did not load, it
 * threw, a message could not be read) hands the request waiting and every later one to a
 * validator on this thread: the rules then cost the main thread, but they never stop answering,
 * and a journey is never left "checking" (and its Run button disabled) for good.
 */
export function createWorkerValidator(worker: Worker, fallback: () => Validator = createSyncValidator): Validator {
  let latest = 0;
  let failedOver: Validator | null = null;
  const waiting = new Map<number, { input: ValidationInput; resolve: (f: Finding[]) => void; reject: (e: Error) => void }>();
  worker.onmessage = (event: MessageEvent<ValidationResponse>) => {
    const answer = event.data;
    const pending = waiting.get(answer.id);
    waiting.delete(answer.id);
    if (!pending || answer.id !== latest) return;
    try {
      pending.resolve(unwrap(answer));
    } catch (error) {
      pending.reject(error as Error);
    }
  };
  const failOver = (event: Event) => {
    if (failedOver) return;
    event.preventDefault?.();
    console.warn('the validation worker failed: the rules now run on the main thread');
    failedOver = fallback();
    worker.terminate();
    for (const { input, resolve, reject } of waiting.values()) (failedOver as Validator).validate(input).then(resolve, reject);
    waiting.clear();
  };
  worker.onerror = failOver;
  worker.onmessageerror = failOver;
  return {
    validate(input) {
      if (failedOver) return failedOver.validate(input);
      const id = ++latest;
      // Superseded requests stay pending forever: their answers are no longer wanted.
      waiting.clear();
      const request: ValidationRequest = { id, input };
      return new Promise((resolve, reject) => {
        waiting.set(id, { input, resolve, reject });
        worker.postMessage(request);
      });
    },
    dispose() {
      waiting.clear();
      if (failedOver) failedOver.dispose();
      else worker.terminate();
    },
  };
}

/** The worker validator where Worker exists, else the synchronous one. */
export function createValidator(): Validator {
  if (typeof Worker === 'undefined') return createSyncValidator();
  // Vite recognises this exact form and bundles the worker as its own module.
  const worker = new Worker(new URL('./validation.worker.ts', import.meta.url), { type: 'module' });
  return createWorkerValidator(worker);
}

function unwrap(answer: ValidationResponse): Finding[] {
  if ('error' in answer) throw new Error(`validation failed: ${answer.error}`);
  return answer.findings;
}
