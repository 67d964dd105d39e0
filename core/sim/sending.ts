/**
 * The send path of a simulation, in the order a well-behaved sender meets Meta's limits:
 * 1. the pair rate (about one message per 6 s to the same user): the send waits;
 * 2. the messaging limit (unique contacts reached by business-initiated messages in a rolling
 *    24 h, core/whatsapp/unique-contact-counter.ts): the rest wait in order for room;
 * 3. throughput (the channel's messages per second, outbound only): one send per slot, in order;
 * 4. quiet hours, checked again when the send really goes (capacity waits can push a send
 *    into them); then the interpreter confirms consent, and Meta answers (meta-gate.ts).
 */
import { NodeKind } from '../interpreter/compiled';
import { insideFreeEntryPoint, serviceWindowOpen } from '../interpreter/conversation';
import { mayStillSend, onAccepted, onFailed } from '../interpreter/handlers';
import { sendableAt } from '../interpreter/schedule';
import { Phase } from '../interpreter/types';
import { countsTowardMessagingLimit } from '../whatsapp/marketing-caps';
import type { PricingCategory } from '../whatsapp/pricing';
import { pairRateNextAllowedAt } from '../whatsapp/throughput';
import { Metric } from './counters';
import { PriceMemo } from './price-memo';
import { ContactFlag, EventKind, type SimState } from './sim-state';

function categoryOf(s: SimState, node: number, template: number): PricingCategory | null {
  if (s.compiled.kinds[node] === NodeKind.Session) return 'SERVICE';
  return s.compiled.templates[template]?.category ?? null;
}

function countsTowardLimit(s: SimState, c: number, node: number, template: number, t: number): boolean {
  const category = categoryOf(s, node, template);
  // A template that does not exist is refused (132001) before it reaches anyone.
  if (category === null) return false;
  return countsTowardMessagingLimit({ category, insideServiceWindow: serviceWindowOpen(s.table, c, t) });
}

function scheduleLimitRoom(s: SimState, at: number): void {
  if (!Number.isNaN(s.limitEventAt) || !Number.isFinite(at)) return;
  s.limitEventAt = at;
  s.schedule(EventKind.LimitRoom, at, -1, -1, 0);
}

/** Whether the send may go on now; if not it is queued until there is room under the messaging limit. */
function passLimit(s: SimState, c: number, node: number, template: number, t: number): boolean {
  const limit = s.limit;
  if (limit === null || !countsTowardLimit(s, c, node, template, t)) return true;
  const id = String(c);
  // Sends already waiting go first; only a contact already counted (no new room needed) passes them.
  const decision = s.limitQueue.size > 0 ? limit.check(id, t) : limit.add(id, t);
  if (decision.allowed && (s.limitQueue.size === 0 || !decision.newContact)) {
    if (s.limitQueue.size > 0) limit.add(id, t);
    return true;
  }
  s.limitQueue.push(c, node, template);
  s.trace(c, t, 'held', node, 'messaging limit');
  if (!decision.allowed) scheduleLimitRoom(s, decision.retryAt);
  return false;
}

/** The interpreter asked to send message `node` (template index, -1 for session) to contact `c` at `t`. */
export function requestSend(s: SimState, c: number, node: number, template: number, t: number): void {
  const last = s.lastSend[c] as number;
  const ready = pairRateNextAllowedAt(Number.isNaN(last) ? null : last, t);
  if (ready > t) {
    s.trace(c, t, 'held', node, 'pair rate');
    s.schedule(EventKind.Request, ready, c, node, template);
    return;
  }
  if (passLimit(s, c, node, template, t)) enqueueForThroughput(s, c, node, template, t);
}

/** Room may have come back under the messaging limit: release waiting sends in order while it lasts. */
export function onLimitRoom(s: SimState, t: number): void {
  s.limitEventAt = Number.NaN;
  const queue = s.limitQueue;
  const limit = s.limit;
  while (queue.size > 0 && limit !== null) {
    const c = queue.peekContact();
    const node = queue.peekNode();
    const template = queue.peekTemplate();
    if (countsTowardLimit(s, c, node, template, t)) {
      const decision = limit.add(String(c), t);
      if (!decision.allowed) {
        scheduleLimitRoom(s, decision.retryAt);
        return;
      }
    }
    queue.shift();
    enqueueForThroughput(s, c, node, template, t);
  }
}

function enqueueForThroughput(s: SimState, c: number, node: number, template: number, t: number): void {
  if (s.throughputQueue.size === 0 && s.nextFree <= t) {
    s.nextFree = t + s.slotMs;
    dispatch(s, c, node, template, t);
    return;
  }
  s.throughputQueue.push(c, node, template);
  if (!s.tickPending) {
    s.tickPending = true;
    s.schedule(EventKind.Tick, Math.max(s.nextFree, t), -1, -1, 0);
  }
}

/** A throughput slot: the first waiting send goes. */
export function onTick(s: SimState, t: number): void {
  s.tickPending = false;
  const queue = s.throughputQueue;
  if (queue.size === 0) return;
  const c = queue.peekContact();
  const node = queue.peekNode();
  const template = queue.peekTemplate();
  queue.shift();
  s.nextFree = t + s.slotMs;
  dispatch(s, c, node, template, t);
  if (queue.size > 0 && !s.tickPending) {
    s.tickPending = true;
    s.schedule(EventKind.Tick, s.nextFree, -1, -1, 0);
  }
}

/** The send reaches Meta at `t`: accepted (then delivered or not, by the world) or failed. */
function dispatch(s: SimState, c: number, node: number, template: number, t: number): void {
  const { compiled, table, counters } = s;
  if (table.phase[c] !== Phase.Sending || table.node[c] !== node) return;
  const at = sendableAt(compiled, t);
  if (at > t) {
    s.trace(c, t, 'held', node, 'quiet hours');
    s.schedule(EventKind.Request, at, c, node, template);
    return;
  }
  s.focus(c, t);
  if (!mayStillSend(compiled, table, c, node, s.ctx, s.sink)) return;
  s.lastSend[c] = t;
  const flags = s.flags[c] as number;
  const insideServiceWindow = serviceWindowOpen(table, c, t);
  // One reused attempt object: a send costs no allocation here.
  const attempt = s.attempt;
  attempt.contact = c;
  attempt.node = node;
  attempt.template = template;
  attempt.at = t;
  attempt.person = s.ctx.contact;
  attempt.country = s.country[c] as number;
  attempt.insideServiceWindow = insideServiceWindow;
  attempt.blocked = (flags & ContactFlag.Blocked) !== 0;
  attempt.stoppedMarketing = (flags & ContactFlag.StoppedMarketing) !== 0;
  const code = s.gate.refusal(attempt);
  if (code !== 0) {
    counters.count(node, Metric.failed);
    counters.error(code);
    s.trace(c, t, 'failed', node, code);
    onFailed(compiled, table, c, node, code, s.ctx, s.sink);
    return;
  }
  counters.count(node, Metric.sent);
  counters.hourly(counters.sends, t);
  s.trace(c, t, 'sent', node);
  const category = PriceMemo.categoryIndex(categoryOf(s, node, template) as PricingCategory);
  const price = s.prices.priceMicros(s.country[c] as number, category, insideServiceWindow, insideFreeEntryPoint(table, c, t), t);
  const rates = s.world.ratesOf(s.country[c] as number);
  const delivered = s.rng.chance(rates.deliveryRate);
  s.schedule(delivered ? EventKind.Delivered : EventKind.Undelivered, t + s.world.deliveryDelay(s.rng), c, node, template, price);
  onAccepted(compiled, table, c, node, s.ctx, s.sink);
}
