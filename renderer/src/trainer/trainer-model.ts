/**
 * A traced contact's timeline as the trainer steps through it: for each event, the step the
 * contact stands on, the customer service window at that moment (open, closing, closed) and
 * the rule that bites there, if one does. Pure: the timeline comes from core/sim.
 */
import type { RuleId } from '../../../core/rules';
import type { Timeline, TimelineEntry } from '../../../core/sim';
import { CUSTOMER_SERVICE_WINDOW_MS } from '../../../core/whatsapp/window';

const HOUR_MS = 3_600_000;
/** Under this much time left, the window is shown as closing. */
export const CLOSING_MS = 4 * HOUR_MS;

export type WindowState = 'open' | 'closing' | 'closed';

export interface TrainerStep {
  entry: TimelineEntry;
  /** The step the contact is on after this event (the last one visited). */
  node: string | null;
  window: WindowState;
  /** Time left in the window, ms (0 when closed). */
  windowLeftMs: number;
  rule: RuleId | null;
}

/** Meta error codes whose failure a journey rule foresees. */
const RULE_OF_ERROR: Record<string, RuleId> = {
  '131047': 'session.outside-window',
  '132000': 'template.parameter-missing',
  '132001': 'template.not-found',
  '132015': 'template.paused',
  '132016': 'template.disabled',
};

const RULE_OF_EXIT: Record<string, RuleId> = {
  no_marketing_opt_in: 'consent.marketing-opt-in',
  no_whatsapp_opt_in: 'consent.opt-in-missing',
  loop: 'structure.cycle',
  no_entry: 'structure.entry-missing',
};

/** The rule an event shows biting, if any. */
export function ruleOf(entry: TimelineEntry): RuleId | null {
  if (entry.event === 'failed' && entry.detail) return RULE_OF_ERROR[entry.detail] ?? null;
  if (entry.event === 'exit' && entry.detail) return RULE_OF_EXIT[entry.detail] ?? null;
  if (entry.event === 'held' && entry.detail === 'messaging limit') return 'capacity.messaging-limit';
  return null;
}

export interface WindowStart {
  /** The contact's last message before the journey (ISO), if any. */
  lastInboundAt?: string;
  /** The journey starts on the contact's own message (an inbound entry): arriving opens the window. */
  inboundEntry?: boolean;
}

/** Steps of a timeline, with the window as the contact's messages open it. */
export function trainerSteps(timeline: Timeline, start: WindowStart = {}): TrainerStep[] {
  let lastInbound = start.lastInboundAt ? Date.parse(start.lastInboundAt) : Number.NEGATIVE_INFINITY;
  let node: string | null = null;
  return timeline.entries.map((entry) => {
    const at = Date.parse(entry.at);
    if (entry.event === 'reply' || (start.inboundEntry && entry.event === 'arrived')) lastInbound = at;
    if (entry.event === 'visit' && entry.node) node = entry.node;
    const left = Math.max(0, lastInbound + CUSTOMER_SERVICE_WINDOW_MS - at);
    const window: WindowState = left === 0 ? 'closed' : left < CLOSING_MS ? 'closing' : 'open';
    return { entry, node: node ?? entry.node ?? null, window, windowLeftMs: left, rule: ruleOf(entry) };
  });
}

/** The events a learner chooses from when predicting what happens next. */
export const PREDICTABLE = ['delivered', 'read', 'reply', 'failed', 'exit', 'held', 'wait', 'visit', 'sent'] as const;

/** The true event and two others, in an order that does not give the answer away (fixed per step). */
export function predictionChoices(answer: string, index: number): string[] {
  const others = PREDICTABLE.filter((e) => e !== answer);
  const a = others[index % others.length] as string;
  const b = others[(index + 3) % others.length] as string;
  const choices = [answer, a, b];
  const shift = index % 3;
  return [...choices.slice(shift), ...choices.slice(0, shift)];
}
