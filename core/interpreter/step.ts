/**
 * `step`: the interpreter as a pure function, `(journey, state, event, ctx) -> { state,
 * effects }`. The executor calls it with Meta's answers and the wall clock; tests call it to
 * pin down each node's semantics. The simulator calls the same handlers on its big table.
 */
import { attributesOf, parametersOf } from './attributes';
import type { CompiledJourney } from './compiled';
import { NodeKind } from './compiled';
import { ContactTable } from './contact-table';
import { onAccepted, onClicked, onEntered, onFailed, onInbound, onOptOut, onStatus, onTimer } from './handlers';
import { readState, writeState, type ContactState } from './state';
import type { ContactEvent, Effect, EffectSink, ExitReason, StepContext } from './types';
import { assertNever } from '../journey/handles';

/** The outcome of one step. */
export interface StepResult {
  state: ContactState;
  effects: Effect[];
}

/** An {@link EffectSink} that writes effects as data, resolving names and parameters. */
class CollectingSink implements EffectSink {
  readonly effects: Effect[] = [];

  constructor(
    private readonly compiled: CompiledJourney,
    private readonly table: ContactTable,
    private readonly ctx: StepContext,
  ) {}

  private id(node: number): string {
    return this.compiled.ids[node] as string;
  }

  visit(node: number, via: number): void {
    const edge = via < 0 ? -1 : (this.compiled.edgeOfHandle[via] as number);
    const journeyEdge = edge < 0 ? undefined : this.compiled.journey.edges[edge];
    this.effects.push(journeyEdge ? { type: 'visit', node: this.id(node), edge: journeyEdge.id } : { type: 'visit', node: this.id(node) });
  }

  sendTemplate(node: number, template: number): void {
    const spec = this.compiled.specs[node];
    const found = this.compiled.templates[template];
    const fallback = spec?.kind === NodeKind.Template ? spec : undefined;
    this.effects.push({
      type: 'send_template',
      node: this.id(node),
      template: found?.name ?? fallback?.name ?? '',
      language: found?.language ?? fallback?.language ?? '',
      category: found?.category ?? null,
      parameters: parametersOf(this.compiled, node, this.table, 0, this.ctx.contact),
    });
  }

  sendSession(node: number): void {
    const spec = this.compiled.specs[node];
    this.effects.push({ type: 'send_session', node: this.id(node), message: spec?.kind === NodeKind.Session ? spec.content : null });
  }

  wake(at: number, token: number): void {
    this.effects.push({ type: 'wake', at, token });
  }

  updateContact(node: number): void {
    const spec = this.compiled.specs[node];
    const set: Record<string, string> = {};
    if (spec?.kind === NodeKind.UpdateContact) {
      for (const [slot, value] of spec.set) set[this.compiled.attributeSlots[slot] as string] = this.compiled.attributeValues[value] as string;
    }
    const effect: Effect = { type: 'update_contact', node: this.id(node), set };
    if (spec?.kind === NodeKind.UpdateContact && spec.consent !== null) effect.consent = spec.consent;
    this.effects.push(effect);
  }

  exit(node: number, reason: ExitReason): void {
    this.effects.push({ type: 'exit', node: node < 0 ? null : this.id(node), reason });
  }
}

/** Applies one event to row `i` of `table`, writing effects to `sink`. */
export function applyEvent(compiled: CompiledJourney, table: ContactTable, i: number, event: ContactEvent, ctx: StepContext, sink: EffectSink): void {
  const node = (id: string): number => compiled.indexOf.get(id) ?? -1;
  switch (event.type) {
    case 'entered':
      return onEntered(compiled, table, i, ctx, sink);
    case 'timer':
      return onTimer(compiled, table, i, event.token, ctx, sink);
    case 'accepted':
      return onAccepted(compiled, table, i, node(event.node), ctx, sink);
    case 'failed':
      return onFailed(compiled, table, i, node(event.node), event.code, ctx, sink);
    case 'delivered':
    case 'read':
      return onStatus(compiled, table, i, node(event.node), event.type);
    case 'clicked':
      return onClicked(compiled, table, i, node(event.node), event.button);
    case 'inbound': {
      const { text, button, fromAd } = event;
      return onInbound(compiled, table, i, { text, button, fromAd, node: event.node === undefined ? undefined : node(event.node) }, ctx, sink);
    }
    case 'opt_out':
      return onOptOut(table, i, event.scope);
    default:
      return assertNever(event);
  }
}

/**
 * Moves one contact by one event. Pure: `state` is not modified, and the same inputs give the
 * same result. `ctx.now` is the event's time; `ctx.random` is drawn only by `split_random`.
 */
export function step(compiled: CompiledJourney, state: ContactState, event: ContactEvent, ctx: StepContext): StepResult {
  const table = ContactTable.for(compiled, 1);
  writeState(compiled, table, 0, state);
  const sink = new CollectingSink(compiled, table, ctx);
  applyEvent(compiled, table, 0, event, ctx, sink);
  return { state: readState(compiled, table, 0), effects: sink.effects };
}

/** The contact's attributes as the journey sees them now: imported, then update_contact values. */
export function contactAttributes(compiled: CompiledJourney, state: ContactState, ctx: Pick<StepContext, 'contact'>): Record<string, string> {
  const table = ContactTable.for(compiled, 1);
  writeState(compiled, table, 0, state);
  return attributesOf(compiled, table, 0, ctx.contact);
}
