/**
 * What every rule receives: the inputs, the shared graph, lookups built once, and `report`.
 * Costly analyses (dominators, the window) are computed on first use, so a journey that has no
 * engagement split never pays for dominators.
 */
import type { Channel, Contact, Journey, JourneyNode } from '../journey';
import { templateKey, type Template } from '../whatsapp/template';
import { RULES } from './catalogue';
import type { Finding, FindingParams, Language } from './finding';
import { formatMessage } from './format';
import { buildGraph, type JourneyGraph } from './graph';
import type { RuleId } from './rule-ids';

/** What {@link validateJourney} checks. */
export interface ValidationInput {
  journey: Journey;
  /** Templates available: the file's own plus the workspace library. */
  templates?: readonly Template[];
  /** Channels available; the journey's `channel` is looked up here by id. */
  channels?: readonly Channel[];
  /** The audience; rules about consent, capacity and contact attributes run only with one. */
  audience?: readonly Contact[];
  /** When the journey starts (epoch ms): a `wait` until an earlier date is reported. */
  startAt?: number;
  /** Language of the messages; English by default. */
  language?: Language;
}

/** Where a finding applies and what fills its message. */
export interface ReportAt {
  node?: string;
  edge?: string;
  /** Which message of the rule to use; `default` when absent or unknown. */
  variant?: string;
  params?: FindingParams;
  path?: readonly (string | number)[];
}

/**
 * One validation's shared state. Rules read the inputs and the graph, share analyses through
 * {@link RuleContext.memo} and add findings with {@link RuleContext.report}.
 */
export class RuleContext {
  readonly journey: Journey;
  readonly graph: JourneyGraph;
  readonly language: Language;
  readonly audience: readonly Contact[] | undefined;
  readonly startAt: number | undefined;
  /** The journey's channel, when it is named and found. */
  readonly channel: Channel | undefined;
  readonly templates: readonly Template[];
  readonly findings: Finding[] = [];
  #byKey: Map<string, Template> | undefined;
  #byName: Map<string, Template[]> | undefined;
  #memo = new Map<string, unknown>();

  constructor(input: ValidationInput) {
    this.journey = input.journey;
    this.graph = buildGraph(input.journey);
    this.language = input.language === 'fr' ? 'fr' : 'en';
    this.audience = input.audience;
    // Beyond ±8.64e15 ms a Date is invalid (and toISOString throws): such a start is ignored.
    this.startAt = typeof input.startAt === 'number' && Math.abs(input.startAt) <= 8.64e15 ? input.startAt : undefined;
    this.templates = input.templates ?? [];
    const id = input.journey.channel;
    this.channel = id === undefined ? undefined : (input.channels ?? []).find((c) => c.id === id);
  }

  /** Adds a finding of `rule`, its message written from the catalogue in the context's language. */
  report(rule: RuleId, at: ReportAt = {}): void {
    const definition = RULES[rule];
    const messages = definition.messages;
    const template = (at.variant !== undefined && Object.hasOwn(messages, at.variant) ? messages[at.variant] : undefined) ?? messages.default;
    const params: FindingParams = { ...(at.node !== undefined ? { node: at.node } : {}), ...(at.edge !== undefined ? { edge: at.edge } : {}), ...at.params };
    const finding: Finding = { rule, severity: definition.severity, message: formatMessage(template[this.language], params, this.language) };
    if (at.node !== undefined) finding.node = at.node;
    if (at.edge !== undefined) finding.edge = at.edge;
    if (at.params !== undefined) finding.params = at.params;
    if (at.path !== undefined) finding.path = at.path;
    this.findings.push(finding);
  }

  /** The template with this name and language, if any. */
  template(name: string, language: string): Template | undefined {
    this.#index();
    return this.#byKey!.get(templateKey(name, language));
  }

  /** Every translation of a template name, in the order given. */
  translations(name: string): readonly Template[] {
    this.#index();
    return this.#byName!.get(name) ?? [];
  }

  /** The node at an index of the graph. */
  node(i: number): JourneyNode {
    return this.graph.nodes[i]!;
  }

  /** Computes an analysis once per validation and shares it between rules. */
  memo<T>(key: string, compute: () => T): T {
    if (this.#memo.has(key)) return this.#memo.get(key) as T;
    const value = compute();
    this.#memo.set(key, value);
    return value;
  }

  #index(): void {
    if (this.#byKey) return;
    this.#byKey = new Map();
    this.#byName = new Map();
    for (const t of this.templates) {
      // The first of two identical keys wins, as in a library where the file's own copy comes first.
      const key = templateKey(t.name, t.language);
      if (!this.#byKey.has(key)) this.#byKey.set(key, t);
      const list = this.#byName.get(t.name);
      if (list) list.push(t);
      else this.#byName.set(t.name, [t]);
    }
  }
}
