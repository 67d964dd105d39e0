import type { HostError } from '../../../core/api/host-api';

/**
 * An expected failure a handler raises to answer `{ ok: false, error }` with a code the
 * renderer can branch on. Anything else a handler throws is a bug and is answered as
 * `internal` without its message, so host details (paths, stack) never reach the renderer.
 */
export class HostFailure extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = 'HostFailure';
    this.code = code;
  }

  toHostError(): HostError {
    return { code: this.code, message: this.message };
  }
}
