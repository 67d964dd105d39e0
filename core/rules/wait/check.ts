/** Wait rules: positive durations, real times of day, dates after the start, and reply timeouts. */
import type { Duration, JourneyNode } from '../../journey';
import { TimeOfDay } from '../../journey';
import { isKnownTimeZone } from '../../interpreter/time-zone';
import type { RuleContext } from '../context';

// ISO 8601 with a zone, or a date alone (UTC by definition). A local time without a zone is
// refused: Date.parse would read it in the machine's zone, and core must not depend on that.
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** Epoch ms of an `until` date, or undefined when it is not an ISO 8601 date with a zone. */
export function parseUntil(at: string): number | undefined {
  if (!ISO_WITH_ZONE.test(at)) return undefined;
  const ms = Date.parse(at);
  return Number.isFinite(ms) ? ms : undefined;
}

function positive(duration: Duration): boolean {
  return Number.isFinite(duration.amount) && duration.amount > 0;
}

/** Runs the wait rules. */
export function checkWaits(ctx: RuleContext): void {
  checkTimeZone(ctx);
  const g = ctx.graph;
  for (let i = 0; i < g.nodes.length; i++) {
    const node = g.nodes[i]!;
    if (!g.primary[i]) continue;
    if (node.type === 'wait') checkWait(ctx, node);
    else if (node.type === 'wait_for_reply') checkReplyTimeout(ctx, node);
  }
}

function checkWait(ctx: RuleContext, node: Extract<JourneyNode, { type: 'wait' }>): void {
  const data = node.data;
  if (data.mode === 'duration') {
    if (data.duration && !positive(data.duration)) {
      ctx.report('wait.invalid', { node: node.id, variant: 'duration', params: { amount: data.duration.amount, unit: data.duration.unit }, path: ['data', 'duration', 'amount'] });
    }
  } else if (data.mode === 'time_of_day') {
    if (data.time !== undefined && data.time.trim() !== '' && !TimeOfDay.safeParse(data.time).success) {
      ctx.report('wait.invalid', { node: node.id, variant: 'time', params: { time: data.time }, path: ['data', 'time'] });
    }
  } else if (data.at !== undefined && data.at.trim() !== '') {
    const at = parseUntil(data.at);
    if (at === undefined) {
      ctx.report('wait.invalid', { node: node.id, variant: 'date', params: { at: data.at }, path: ['data', 'at'] });
    } else if (ctx.startAt !== undefined && at < ctx.startAt) {
      ctx.report('wait.invalid', { node: node.id, variant: 'past', params: { at: data.at, start: new Date(ctx.startAt).toISOString() }, path: ['data', 'at'] });
    }
  }
}

/**
 * Times of day (waits, quiet hours) are read in the journey's time zone; one the runtime does
 * not know would be read as UTC, hours away from what the marketer meant.
 */
function checkTimeZone(ctx: RuleContext): void {
  const zone = ctx.journey.timezone;
  if (!isKnownTimeZone(zone)) ctx.report('wait.invalid', { variant: 'timezone', params: { zone }, path: ['timezone'] });
}

function checkReplyTimeout(ctx: RuleContext, node: Extract<JourneyNode, { type: 'wait_for_reply' }>): void {
  const timeout = node.data.timeout;
  if (!timeout) {
    ctx.report('wait.reply-timeout', { node: node.id, path: ['data', 'timeout'] });
  } else if (!positive(timeout)) {
    ctx.report('wait.reply-timeout', { node: node.id, variant: 'not-positive', params: { amount: timeout.amount, unit: timeout.unit }, path: ['data', 'timeout', 'amount'] });
  }
}
