/**
 * `run --dry-run`: what a real run would send, sending nothing. Each contact is walked
 * through the core interpreter (step) as if every send were accepted, every wait ended at
 * once and no one replied (a wait_for_reply times out); each send becomes the exact Cloud API
 * body the Graph client would post, key included.
 */
import { compileJourney, initialState, step, type CompiledJourney, type ContactEvent, type Effect } from '../../../core/interpreter';
import type { Contact } from '../../../core/journey/contact';
import type { Template } from '../../../core/whatsapp/template';
import type { CloudApiMessage } from '../meta';
import { cloudApiBody, templateIndex } from './graph-sender';
import { sendKey } from './journal-records';
import type { RunSpec } from './run-files';

/** One request a run would make, or the error Meta would answer instead. */
export interface DryRunSend {
  contact: string;
  node: string;
  body?: CloudApiMessage;
  /** The Meta error the send would get without a request (132001, 132000…). */
  refused?: number;
}

/** Steps per contact at most: a journey without cycles needs far fewer. */
const MAX_STEPS = 1_000;

/** The sends of every contact (audience row by row), in order: the journey compiled once. */
export function* dryRunSends(spec: RunSpec, contacts: readonly Contact[]): Generator<DryRunSend> {
  const compiled = compileJourney(spec.journey, { templates: spec.templates });
  const templates = templateIndex(spec.templates);
  for (let row = 0; row < contacts.length; row++) yield* dryRunContact(spec, row, contacts[row] as Contact, compiled, templates);
}

/** The sends of `contact` (audience row `row`), in order. */
function dryRunContact(spec: RunSpec, row: number, contact: Contact, compiled: CompiledJourney, templates: Map<string, Template>): DryRunSend[] {
  const sends: DryRunSend[] = [];
  let state = initialState(compiled, contact);
  let now = spec.createdAt;
  const pending: ContactEvent[] = [{ type: 'entered' }];
  const random = () => 0.5;
  for (let steps = 0; steps < MAX_STEPS && pending.length > 0; steps++) {
    const event = pending.shift() as ContactEvent;
    const result = step(compiled, state, event, { now, random, contact });
    state = result.state;
    for (const effect of result.effects) {
      if (effect.type === 'send_template' || effect.type === 'send_session') {
        const n = compiled.indexOf.get(effect.node) ?? -1;
        const built = cloudApiBody({ key: sendKey(spec.runId, row, n), contact, effect: effect as Extract<Effect, { type: 'send_template' | 'send_session' }> }, templates);
        sends.push(built.ok ? { contact: contact.phone, node: effect.node, body: built.body } : { contact: contact.phone, node: effect.node, refused: built.code });
        pending.push(built.ok ? { type: 'accepted', node: effect.node } : { type: 'failed', node: effect.node, code: built.code });
      } else if (effect.type === 'wake') {
        now = Math.max(now, effect.at);
        pending.push({ type: 'timer', token: effect.token });
      }
    }
  }
  return sends;
}
