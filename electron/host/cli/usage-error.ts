/**
 * A mistake in how a command was called (unknown flag, missing argument, unreadable input).
 * The CLI prints its message as one line on stderr and exits 2, without a stack trace:
 * the user needs the reason, not our call stack.
 */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly exitCode: number;

  constructor(message: string, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
  }
}
