/** Small builders for interpreter and simulator tests: journeys as tables, contacts with defaults. */
import { Journey, type JourneyNode } from '../../../core/journey';
import type { Contact } from '../../../core/journey/contact';
import { Template, type Template as TemplateType } from '../../../core/whatsapp/template';
import {
  compileJourney,
  initialState,
  step,
  type CompiledJourney,
  type ContactEvent,
  type ContactState,
  type Effect,
  type StepContext,
} from '../../../core/interpreter';

type NodeRow = readonly [id: string, type: JourneyNode['type'], data?: Record<string, unknown>];
type EdgeRow = readonly [source: string, handle: string, target: string];

/** A journey from rows: `['n1', 'entry', { source: 'audience' }]`, `['n1', 'out', 'n2']`. */
export function journey(nodes: readonly NodeRow[], edges: readonly EdgeRow[], extra: Record<string, unknown> = {}): Journey {
  return Journey.parse({
    id: 'j',
    name: 'test',
    ...extra,
    nodes: nodes.map(([id, type, data]) => ({ id, type, data: data ?? (type === 'entry' ? { source: 'audience' } : {}) })),
    edges: edges.map(([source, sourceHandle, target], i) => ({ id: `e${i}`, source, sourceHandle, target })),
  });
}

/** A template with a body and optional buttons. */
export function template(name: string, category: TemplateType['category'], over: Partial<TemplateType> = {}): TemplateType {
  return Template.parse({
    name,
    language: 'fr',
    category,
    status: 'APPROVED',
    components: { body: { text: 'Bonjour {{1}}, voici {{2}}.' } },
    ...over,
  });
}

/** A consenting French contact, with overrides. */
export function contact(over: Partial<Contact> = {}): Contact {
  return {
    phone: '+33612345678',
    country: 'FR',
    locale: 'fr',
    whatsappOptIn: true,
    marketingOptIn: true,
    attributes: { first_name: 'Ana', city: 'Paris' },
    ...over,
  };
}

export const T0 = Date.UTC(2026, 0, 5, 10, 0); // a Monday, 11:00 in Paris
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Steps a contact through events in order, keeping the effects of each step. */
export class Runner {
  state: ContactState;
  effects: Effect[] = [];
  private draws: number[];

  constructor(
    readonly compiled: CompiledJourney,
    readonly who: Contact = contact(),
    draws: number[] = [],
  ) {
    this.state = initialState(compiled, who);
    this.draws = [...draws];
  }

  static of(j: Journey, templates: TemplateType[] = [], who?: Contact, draws?: number[]): Runner {
    return new Runner(compileJourney(j, { templates }), who, draws);
  }

  send(event: ContactEvent, now: number = T0): Effect[] {
    const ctx: StepContext = { now, contact: this.who, random: () => this.draws.shift() ?? 0 };
    const result = step(this.compiled, this.state, event, ctx);
    this.state = result.state;
    this.effects = result.effects;
    return result.effects;
  }

  /** Fires the pending timer. */
  wake(): Effect[] {
    const at = this.state.wakeAt;
    if (at === null) throw new Error('no pending timer');
    return this.send({ type: 'timer', token: this.state.timer }, at);
  }

  visited(): string[] {
    return this.effects.filter((e) => e.type === 'visit').map((e) => e.node);
  }

  last(): Effect | undefined {
    return this.effects.at(-1);
  }
}
