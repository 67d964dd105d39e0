/**
 * When things happen on the journey's clock: the end of a `wait`, and quiet hours (no message
 * is sent between `quietHours.start` and `.end` in the journey's time zone; a send due then is
 * held to the end of the quiet period). Both the interpreter and a world that delays sends
 * (the simulator's capacity queues, the executor's rate limiter) ask here.
 */
import type { CompiledJourney, NodeSpec } from './compiled';
import type { NodeKind } from './compiled';

type WaitSpec = Extract<NodeSpec, { kind: typeof NodeKind.Wait }>;

/**
 * When a contact arriving at a `wait` at `now` moves on. `time_of_day` is the next time the
 * journey's clock shows that time, `now` included. A wait without its setting, or until a
 * date already past, ends at once.
 */
export function waitEnd(compiled: CompiledJourney, spec: WaitSpec, now: number): number {
  switch (spec.mode) {
    case 'duration':
      return now + spec.ms;
    case 'until':
      return Number.isFinite(spec.at) ? Math.max(now, spec.at) : now;
    case 'time_of_day':
      return spec.minutes < 0 ? now : compiled.clock.nextLocalTime(now, spec.minutes);
  }
}

/** Whether `at` falls in the journey's quiet hours (start inclusive, end exclusive; may span midnight). */
export function inQuietHours(compiled: CompiledJourney, at: number): boolean {
  const quiet = compiled.quietHours;
  if (quiet === null) return false;
  const minute = compiled.clock.minuteOfDay(at);
  return quiet.start < quiet.end ? minute >= quiet.start && minute < quiet.end : minute >= quiet.start || minute < quiet.end;
}

/** When a send due at `at` may go: `at` itself outside quiet hours, else the end of the quiet period. */
export function sendableAt(compiled: CompiledJourney, at: number): number {
  if (!inQuietHours(compiled, at)) return at;
  return compiled.clock.nextLocalTime(at, (compiled.quietHours as { end: number }).end);
}
