/**
 * What the simulated audience does with a message, drawn from the world's rates when it is
 * delivered: block the business (then nothing else), read it, opt out with a STOP reply, tap
 * one of its buttons (chosen uniformly; a quick reply is the contact's answer), or reply with
 * text (conditional on delivery, as the spec says; a contact awaiting keywords writes one).
 */
import { NodeKind, type ButtonSpec } from '../interpreter/compiled';
import { onClicked, onFailed, onInbound, onStatus, type InboundMessage } from '../interpreter/handlers';
import { Phase } from '../interpreter/types';
import { Metric } from './counters';
import { UNDELIVERABLE } from './meta-gate';
import { PriceMemo } from './price-memo';
import { ContactFlag, EventKind, Reply, type SimState } from './sim-state';

const NO_BUTTONS: ButtonSpec[] = [];
/** Button taps carry the template and the button's position: Meta allows at most 10 buttons. */
const BUTTON_BITS = 4;

function buttonsOf(s: SimState, node: number, template: number): ButtonSpec[] {
  const spec = s.compiled.specs[node];
  if (spec?.kind === NodeKind.Session) return spec.buttons;
  return s.compiled.templateButtons[template] ?? NO_BUTTONS;
}

function buttonOf(s: SimState, node: number, aux: number): ButtonSpec | undefined {
  return buttonsOf(s, node, (aux >> BUTTON_BITS) - 1)[aux & ((1 << BUTTON_BITS) - 1)];
}

/** Meta's `delivered`: count, charge, and draw what the contact will do. */
export function onDelivered(s: SimState, c: number, node: number, template: number, price: number, t: number): void {
  const { counters, rng, world } = s;
  counters.count(node, Metric.delivered);
  counters.hourly(counters.deliveries, t);
  counters.delivered++;
  const session = s.compiled.kinds[node] === NodeKind.Session;
  const category = session ? 'SERVICE' : (s.compiled.templates[template]?.category ?? 'MARKETING');
  counters.charge(PriceMemo.categoryIndex(category), s.country[c] as number, price);
  if (s.tracing(c)) s.trace(c, t, 'delivered', node, price > 0 ? `${price / 1_000_000} USD` : undefined);
  onStatus(s.compiled, s.table, c, node, 'delivered');

  const rates = world.ratesOf(s.country[c] as number);
  if (rng.chance(rates.blockRate)) {
    s.flags[c] = (s.flags[c] as number) | ContactFlag.Blocked;
    counters.blocks++;
    s.trace(c, t, 'blocked', node);
    return;
  }
  if (rng.chance(rates.readRate)) s.schedule(EventKind.Read, t + world.readDelay(rng), c, node, 0);
  if (rng.chance(rates.optOutRate)) {
    s.schedule(EventKind.Reply, t + world.replyDelay(rng), c, node, Reply.Stop);
    return;
  }
  const buttons = buttonsOf(s, node, template);
  if (buttons.length > 0 && rng.chance(rates.clickRate)) {
    const position = rng.below(buttons.length);
    const button = buttons[position] as ButtonSpec;
    s.schedule(button.replies ? EventKind.Tap : EventKind.Click, t + world.replyDelay(rng), c, node, ((template + 1) << BUTTON_BITS) | position);
    if (button.replies) return; // the tap is the contact's answer
  }
  if (rng.chance(rates.replyRate)) s.schedule(EventKind.Reply, t + world.replyDelay(rng), c, node, Reply.Text);
}

export function onRead(s: SimState, c: number, node: number, t: number): void {
  s.counters.count(node, Metric.read);
  s.trace(c, t, 'read', node);
  onStatus(s.compiled, s.table, c, node, 'read');
}

/** A sent message that never reaches the phone: Meta reports it failed, 131026. */
export function onUndelivered(s: SimState, c: number, node: number, t: number): void {
  s.counters.count(node, Metric.failed);
  s.counters.error(UNDELIVERABLE);
  s.trace(c, t, 'failed', node, UNDELIVERABLE);
  s.focus(c, t);
  onFailed(s.compiled, s.table, c, node, UNDELIVERABLE, s.ctx, s.sink);
}

/** Text a contact writes: a keyword when it is awaiting keywords, else plain text. */
function replyText(s: SimState, c: number): string {
  if (s.table.phase[c] === Phase.AwaitingReply) {
    const spec = s.compiled.specs[s.table.node[c] as number];
    if (spec?.kind === NodeKind.WaitForReply && spec.keywords !== null && spec.keywords.length > 0) {
      return spec.keywords[s.rng.below(spec.keywords.length)] as string;
    }
  }
  return 'OK';
}

function inbound(s: SimState, c: number, t: number, message: InboundMessage & { node: number }): void {
  const { table, counters } = s;
  s.focus(c, t);
  counters.count(message.node, Metric.replied);
  counters.hourly(counters.replies, t);
  s.trace(c, t, 'reply', message.node, message.button ?? message.text, message.button !== undefined ? 'button' : 'reply');
  const waitingAt = table.phase[c] === Phase.AwaitingReply ? (table.node[c] as number) : -1;
  onInbound(s.compiled, table, c, message, s.ctx, s.sink);
  if (waitingAt >= 0 && (table.phase[c] !== Phase.AwaitingReply || table.node[c] !== waitingAt)) counters.count(waitingAt, Metric.replied);
}

export function onReply(s: SimState, c: number, node: number, kind: number, t: number): void {
  inbound(s, c, t, { text: kind === Reply.Stop ? 'STOP' : replyText(s, c), node });
}

/** A quick reply or reply button: a click, and the contact's answer. */
export function onTap(s: SimState, c: number, node: number, aux: number, t: number): void {
  const button = buttonOf(s, node, aux);
  if (button === undefined) return;
  s.counters.count(node, Metric.clicked);
  inbound(s, c, t, { button: button.payload, node });
}

/** A URL button: a click, nothing sent back. */
export function onClick(s: SimState, c: number, node: number, aux: number, t: number): void {
  const button = buttonOf(s, node, aux);
  if (button === undefined) return;
  s.counters.count(node, Metric.clicked);
  s.trace(c, t, 'click', node, button.payload);
  onClicked(s.compiled, s.table, c, node, button.payload);
}
