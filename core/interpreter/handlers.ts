/**
 * One function per event, working on a row of a {@link ContactTable} in place and writing
 * effects to a sink: the simulator calls these directly (no event object per event); `step`
 * wraps them into a pure function of a state. Events about a message update its statuses
 * whatever the contact is doing; only an event the current node waits for moves the contact.
 */
import { templateFor } from './attributes';
import { Handle, NodeKind, type CompiledJourney } from './compiled';
import type { ContactTable } from './contact-table';
import { recordBusinessMessage, recordInbound } from './conversation';
import { isStopButton, isStopReply, matchesKeyword } from './reply-match';
import { Consent, MessageStatus, Phase, type EffectSink, type StepContext } from './types';
import { clearTimer, consentAllows, leave, runNode, walkFrom } from './walk';

/** Meta's "user stopped marketing messages from you": the contact becomes a marketing opt-out. */
const STOPPED_MARKETING = 131050;

function slot(compiled: CompiledJourney, table: ContactTable, i: number, node: number): number {
  const message = compiled.messageOf[node] ?? -1;
  return message < 0 ? -1 : i * table.messages + message;
}

/** Button id as stored in a row: interned id + 1, or -1 for a button the journey never names. */
function buttonCode(compiled: CompiledJourney, button: string): number {
  const id = compiled.buttonIds.get(button);
  return id === undefined ? -1 : id + 1;
}

/** The contact enters: skipped without WhatsApp opt-in, else the entry node runs. */
export function onEntered(compiled: CompiledJourney, table: ContactTable, i: number, ctx: StepContext, sink: EffectSink): void {
  if (table.phase[i] !== Phase.Idle) return;
  const entry = compiled.entry;
  if (entry < 0 || ((table.consent[i] as number) & Consent.WhatsApp) === 0) {
    // Never entered: exit at no node (-1), so no node counts it.
    leave(table, i, -1, entry < 0 ? 'no_entry' : 'no_whatsapp_opt_in', sink);
    return;
  }
  const spec = compiled.specs[entry];
  if (spec?.kind === NodeKind.Entry && spec.source === 'inbound_message') recordInbound(table, i, ctx.now, spec.fromAd);
  table.node[i] = entry;
  sink.visit(entry, -1);
  walkFrom(compiled, table, i, entry, Handle.Out, ctx, sink);
}

/** A timer: the end of a wait or of a quiet-hours hold, or a wait_for_reply timeout. Stale tokens are ignored. */
export function onTimer(compiled: CompiledJourney, table: ContactTable, i: number, token: number, ctx: StepContext, sink: EffectSink): void {
  if (table.timer[i] !== token || Number.isNaN(table.wakeAt[i] as number)) return;
  table.wakeAt[i] = Number.NaN;
  const node = table.node[i] as number;
  const phase = table.phase[i];
  if (phase === Phase.AwaitingReply) {
    walkFrom(compiled, table, i, node, Handle.Timeout, ctx, sink);
  } else if (phase === Phase.Waiting) {
    if (compiled.kinds[node] === NodeKind.Wait) walkFrom(compiled, table, i, node, Handle.Out, ctx, sink);
    else runNode(compiled, table, i, node, ctx, sink); // a message held through quiet hours: try again
  }
}

/** Meta took the message of `node` (its `sent` status): the contact moves on by `out`. */
export function onAccepted(compiled: CompiledJourney, table: ContactTable, i: number, node: number, ctx: StepContext, sink: EffectSink): void {
  const at = slot(compiled, table, i, node);
  if (at < 0) return;
  table.status[at] = (table.status[at] as number) | MessageStatus.Sent;
  recordBusinessMessage(table, i, ctx.now);
  if (table.phase[i] === Phase.Sending && table.node[i] === node) walkFrom(compiled, table, i, node, Handle.Out, ctx, sink);
}

/**
 * The message of `node` failed with Meta error `code`. If the contact is still waiting on that
 * send it follows `failed`; a failure reported after it moved on is only recorded.
 */
export function onFailed(compiled: CompiledJourney, table: ContactTable, i: number, node: number, code: number, ctx: StepContext, sink: EffectSink): void {
  const at = slot(compiled, table, i, node);
  if (at < 0) return;
  table.status[at] = (table.status[at] as number) | MessageStatus.Failed;
  table.failCode[at] = code;
  if (code === STOPPED_MARKETING) table.consent[i] = (table.consent[i] as number) & ~Consent.Marketing;
  if (table.phase[i] === Phase.Sending && table.node[i] === node) walkFrom(compiled, table, i, node, Handle.Failed, ctx, sink);
}

/** Meta's `delivered` (or `read`, which implies it) status for the message of `node`. */
export function onStatus(compiled: CompiledJourney, table: ContactTable, i: number, node: number, status: 'delivered' | 'read'): void {
  const at = slot(compiled, table, i, node);
  if (at < 0) return;
  const bits = status === 'read' ? MessageStatus.Read | MessageStatus.Delivered : MessageStatus.Delivered;
  table.status[at] = (table.status[at] as number) | bits;
}

/** A tap on a button of the message of `node` that sends nothing back (a URL button). */
export function onClicked(compiled: CompiledJourney, table: ContactTable, i: number, node: number, button: string): void {
  const at = slot(compiled, table, i, node);
  if (at < 0) return;
  table.status[at] = (table.status[at] as number) | MessageStatus.Clicked;
  table.button[at] = buttonCode(compiled, button);
}

/** What a contact wrote: see {@link onInbound}. */
export interface InboundMessage {
  text?: string;
  /** Payload of a quick-reply or reply button. */
  button?: string;
  /** The message node it answers, when known. */
  node?: number;
  fromAd?: boolean;
}

function replyMatches(compiled: CompiledJourney, node: number, message: InboundMessage): boolean {
  const spec = compiled.specs[node];
  if (spec?.kind !== NodeKind.WaitForReply) return false;
  if (spec.buttons !== null) return message.button !== undefined && spec.buttons.has(message.button);
  if (spec.keywords !== null) {
    const text = message.text ?? message.button;
    return text !== undefined && matchesKeyword(text, spec.keywords);
  }
  return true;
}

/**
 * A message from the contact: it resets the customer service window, marks the message it
 * answers as replied (and clicked, for a button), honours STOP words (all consent withdrawn)
 * and "Stop promotions" buttons (marketing consent withdrawn), and moves a contact waiting at
 * a `wait_for_reply` whose match it meets. An opted-out contact stays where it is; the next
 * message node makes it leave.
 */
export function onInbound(compiled: CompiledJourney, table: ContactTable, i: number, message: InboundMessage, ctx: StepContext, sink: EffectSink): void {
  recordInbound(table, i, ctx.now, message.fromAd === true);
  const at = message.node === undefined ? -1 : slot(compiled, table, i, message.node);
  if (at >= 0) {
    const clicked = message.button === undefined ? 0 : MessageStatus.Clicked;
    table.status[at] = (table.status[at] as number) | MessageStatus.Replied | clicked;
    if (message.button !== undefined) table.button[at] = buttonCode(compiled, message.button);
  }
  if (message.text !== undefined && isStopReply(message.text)) table.consent[i] = 0;
  if (message.button !== undefined && isStopButton(message.button)) table.consent[i] = (table.consent[i] as number) & ~Consent.Marketing;
  const node = table.node[i] as number;
  if (table.phase[i] === Phase.AwaitingReply && replyMatches(compiled, node, message)) {
    clearTimer(table, i);
    walkFrom(compiled, table, i, node, Handle.Replied, ctx, sink);
  }
}

/** Consent withdrawn outside a reply: everything, or marketing only. */
export function onOptOut(table: ContactTable, i: number, scope: 'all' | 'marketing'): void {
  table.consent[i] = scope === 'all' ? 0 : (table.consent[i] as number) & ~Consent.Marketing;
}

/**
 * Asks, just before a send that was held (capacity queues, rate limits) really goes, whether
 * the contact may still get it. If consent was withdrawn meanwhile the contact leaves there
 * (skipped) and the answer is false: the send must be dropped.
 */
export function mayStillSend(compiled: CompiledJourney, table: ContactTable, i: number, node: number, ctx: StepContext, sink: EffectSink): boolean {
  if (table.phase[i] !== Phase.Sending || table.node[i] !== node) return false;
  const spec = compiled.specs[node];
  const template = spec?.kind === NodeKind.Template ? templateFor(spec, ctx.contact) : -1;
  return consentAllows(compiled, table, i, node, template, sink);
}
