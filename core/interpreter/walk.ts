/**
 * Moving one contact through the graph: run a node, follow the handle it answers, and go on
 * until a node blocks (a wait, a send awaiting Meta's answer, a wait for a reply) or the
 * contact leaves. This is where the semantics of every node type live.
 */
import { branchHolds } from './conditions';
import { attributeOf, templateFor } from './attributes';
import { handleIndex } from './compile';
import { Handle, NodeKind, type CompiledJourney } from './compiled';
import type { ContactTable } from './contact-table';
import { sendableAt, waitEnd } from './schedule';
import { Consent, Phase, type EffectSink, type ExitReason, type StepContext } from './types';

/** What {@link runNode} answers when the contact stays at the node (or left the journey). */
const BLOCKED = -1;

/** Contact `i` leaves the journey at `node`. */
export function leave(table: ContactTable, i: number, node: number, reason: ExitReason, sink: EffectSink): void {
  table.phase[i] = Phase.Exited;
  table.wakeAt[i] = Number.NaN;
  sink.exit(node, reason);
}

/** Asks for a `timer` event at `at`; any earlier timer of the contact becomes stale. */
export function setTimer(table: ContactTable, i: number, at: number, sink: EffectSink): void {
  table.wakeAt[i] = at;
  const token = ((table.timer[i] as number) + 1) | 0;
  table.timer[i] = token;
  sink.wake(at, token);
}

/** Drops the pending timer of contact `i` (the timer event, when it comes, is stale). */
export function clearTimer(table: ContactTable, i: number): void {
  table.wakeAt[i] = Number.NaN;
  table.timer[i] = ((table.timer[i] as number) + 1) | 0;
}

/**
 * Whether contact `i` may still be sent the message of `node`: WhatsApp consent for any
 * message, marketing consent too for a marketing template. When not, the contact leaves
 * there (skipped) and the answer is false. Called on arrival and again just before a held
 * send really goes, since a STOP may have come in between.
 */
export function consentAllows(compiled: CompiledJourney, table: ContactTable, i: number, node: number, template: number, sink: EffectSink): boolean {
  const consent = table.consent[i] as number;
  if ((consent & Consent.WhatsApp) === 0) {
    leave(table, i, node, 'opted_out', sink);
    return false;
  }
  if (template >= 0 && compiled.templates[template]?.category === 'MARKETING' && (consent & Consent.Marketing) === 0) {
    leave(table, i, node, 'no_marketing_opt_in', sink);
    return false;
  }
  return true;
}

/** A message node: check consent, hold through quiet hours, or hand the send to the world. */
function runMessage(compiled: CompiledJourney, table: ContactTable, i: number, node: number, ctx: StepContext, sink: EffectSink): number {
  const spec = compiled.specs[node];
  const template = spec?.kind === NodeKind.Template ? templateFor(spec, ctx.contact) : -1;
  if (!consentAllows(compiled, table, i, node, template, sink)) return BLOCKED;
  const at = sendableAt(compiled, ctx.now);
  if (at > ctx.now) {
    table.phase[i] = Phase.Waiting;
    setTimer(table, i, at, sink);
    return BLOCKED;
  }
  table.phase[i] = Phase.Sending;
  if (spec?.kind === NodeKind.Template) sink.sendTemplate(node, template);
  else sink.sendSession(node);
  return BLOCKED;
}

/**
 * Runs `node` for contact `i`, already standing there. Answers the handle to follow, or
 * BLOCKED when the contact stays (waiting, sending) or has left.
 */
export function runNode(compiled: CompiledJourney, table: ContactTable, i: number, node: number, ctx: StepContext, sink: EffectSink): number {
  const spec = compiled.specs[node];
  if (spec === undefined) return BLOCKED;
  switch (spec.kind) {
    case NodeKind.Entry:
      return Handle.Out;
    case NodeKind.Template:
    case NodeKind.Session:
      return runMessage(compiled, table, i, node, ctx, sink);
    case NodeKind.Wait: {
      const at = waitEnd(compiled, spec, ctx.now);
      if (!(at > ctx.now)) return Handle.Out;
      table.phase[i] = Phase.Waiting;
      setTimer(table, i, at, sink);
      return BLOCKED;
    }
    case NodeKind.WaitForReply:
      if (!(spec.timeoutMs > 0)) return Handle.Timeout;
      table.phase[i] = Phase.AwaitingReply;
      setTimer(table, i, ctx.now + spec.timeoutMs, sink);
      return BLOCKED;
    case NodeKind.SplitEngagement: {
      // Decided on arrival, from the statuses known at that moment: a split right after its
      // message sees nothing yet, so journeys put a wait (or a wait_for_reply) before it. A
      // status that arrives later never moves a contact that has already gone by.
      if (spec.message < 0 || spec.status === 0) return Handle.No;
      const at = i * table.messages + spec.message;
      const known = ((table.status[at] as number) & spec.status) !== 0;
      return known && (spec.button < 0 || table.button[at] === spec.button + 1) ? Handle.Yes : Handle.No;
    }
    case NodeKind.SplitAttribute: {
      const read = (name: string): string | undefined => attributeOf(compiled, table, i, ctx.contact, name);
      const branch = spec.branches.findIndex((conditions) => branchHolds(conditions, read));
      return branch >= 0 ? branch : spec.branches.length;
    }
    case NodeKind.SplitRandom: {
      const draw = ctx.random() * spec.total;
      const n = spec.cumulative.length;
      for (let b = 0; b < n; b++) if (draw < (spec.cumulative[b] as number)) return b;
      return n > 0 ? n - 1 : 0;
    }
    case NodeKind.UpdateContact:
      for (const [slot, value] of spec.set) table.attribute[i * table.attributes + slot] = value + 1;
      if (spec.consent === 'opt_out') table.consent[i] = 0;
      else if (spec.consent === 'opt_in') table.consent[i] = Consent.WhatsApp | Consent.Marketing;
      sink.updateContact(node);
      return Handle.Out;
    case NodeKind.Exit:
      leave(table, i, node, 'completed', sink);
      return BLOCKED;
  }
}

/**
 * Follows handle `handle` of `node` and runs the nodes reached until one blocks or the contact
 * leaves. An unconnected handle means the contact leaves at `node`. More hops than nodes
 * without blocking can only be a loop (a `structure.cycle` journey): the contact leaves.
 */
export function walkFrom(compiled: CompiledJourney, table: ContactTable, i: number, node: number, handle: number, ctx: StepContext, sink: EffectSink): void {
  const targets = compiled.targets;
  let from = node;
  let via = handleIndex(compiled, node, handle);
  let next = via < 0 ? -1 : (targets[via] as number);
  let budget = compiled.ids.length + 1;
  for (;;) {
    if (next < 0) {
      leave(table, i, from, 'end_of_path', sink);
      return;
    }
    if (--budget < 0) {
      leave(table, i, next, 'loop', sink);
      return;
    }
    table.node[i] = next;
    sink.visit(next, via);
    const answer = runNode(compiled, table, i, next, ctx, sink);
    if (answer === BLOCKED) return;
    from = next;
    via = handleIndex(compiled, next, answer);
    next = via < 0 ? -1 : (targets[via] as number);
  }
}
