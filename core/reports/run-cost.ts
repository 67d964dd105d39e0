/**
 * What a run's delivered messages cost, by pricing category and by market, with the rules the
 * simulator applies (core/sim sending.ts and responses.ts):
 * - a message is priced when Meta takes it (`accepted`, Meta's `sent`): its category (the
 *   template the contact's locale picks, SERVICE for a session message), the contact's market
 *   (its `country`, else its number's), and whether a customer service window or a free
 *   entry point was open then, through core/whatsapp/pricing's `priceOf` (one card, as the
 *   simulator's PriceMemo);
 * - it is charged only once delivered (a `read` implies it; ReportBuilder's dedupe brings
 *   that `delivered` first), never on failure;
 * - sums are exact micro-dollars, through the simulator's own counters.
 * The two clocks come from core/whatsapp/window.ts: inbound messages (and an inbound entry)
 * open the window, the business's messages start a free entry point after an ad.
 */
import { compileJourney, NodeKind, templateFor, type CompiledJourney, type ContactEvent } from '../interpreter';
import type { Contact } from '../journey/contact';
import type { Journey } from '../journey/journey';
import { RunCounters } from '../sim/counters';
import { PriceMemo } from '../sim/price-memo';
import { contactMarket } from '../sim/world-table';
import type { PricingCard, PricingCategory } from '../whatsapp/pricing';
import type { Template } from '../whatsapp/template';
import {
  freeEntryPointPricingWindow,
  isCustomerServiceWindowOpen,
  isInsideFreeEntryPointPricing,
  NEW_CONVERSATION_CLOCK,
  recordBusinessMessage,
  recordInbound,
  type ConversationClock,
} from '../whatsapp/window';
import type { ReportEvent } from './events';
import { MessageKeys } from './message-key';

/** A run's cost: the simulation result's `cost` shape, so the same charts and CLI output serve both. */
export interface RunCost {
  currency: 'USD';
  total: number;
  byCategory: Record<PricingCategory, number>;
  /** By the contacts' ISO country ("unknown" when neither column nor number says); uncharged markets left out. */
  byMarket: Record<string, number>;
  /** By message node (a run's addition: the simulator does not split its cost by node); uncharged nodes left out. */
  byNode: Record<string, number>;
}

export interface RunCostInput {
  /** The frozen journey revision and template snapshot the run played. */
  journey: Journey;
  templates: readonly Template[];
  /** The audience row `c` of the journal (undefined when the row is unknown). */
  contactOf: (c: number) => Contact | undefined;
  /** A workspace's own rate card; the example card by default, as the simulator. */
  card?: PricingCard;
}

interface PricedMessage {
  node: string;
  category: number;
  market: number;
  micros: number;
}

export class RunCostCollector {
  private readonly compiled: CompiledJourney;
  /** Market codes by index; index 0 is "no known country", as in the simulator's world table. */
  private readonly countries: string[] = [''];
  private readonly countryIndex = new Map<string, number>([['', 0]]);
  private readonly prices: PriceMemo;
  private readonly counters = new RunCounters(0, 0);
  /** Clocks of contacts that ever wrote (or arrived with a window open). */
  private readonly clocks = new Map<number, ConversationClock>();
  /** Messages Meta took, priced, until their `delivered`. */
  private readonly pending = new Map<number, PricedMessage>();
  /** Micro-dollars by node, in the order nodes were first charged. */
  private readonly nodeMicros = new Map<string, number>();
  private readonly keys = new MessageKeys();

  constructor(private readonly input: RunCostInput) {
    this.compiled = compileJourney(input.journey, { templates: input.templates });
    this.prices = new PriceMemo(this.countries, input.card);
  }

  /** A journal event, before it becomes report events: it moves the clocks and prices sends. */
  observe(c: number, t: number, e: ContactEvent): void {
    if (e.type === 'entered') {
      const entry = this.compiled.specs[this.compiled.entry];
      if (entry?.kind === NodeKind.Entry && entry.source === 'inbound_message') this.clocks.set(c, recordInbound(this.clock(c), t, entry.fromAd));
    } else if (e.type === 'inbound') {
      this.clocks.set(c, recordInbound(this.clock(c), t, e.fromAd === true));
    } else if (e.type === 'accepted') {
      const priced = this.price(c, e.node, t);
      if (priced !== null) this.pending.set(this.keys.key(c, e.node), priced);
      const clock = this.clocks.get(c);
      if (clock !== undefined) this.clocks.set(c, recordBusinessMessage(clock, t));
    }
  }

  /** A deduplicated report event: a message's first `delivered` charges it. */
  add(e: ReportEvent): void {
    if (e.type !== 'delivered' || e.node === undefined) return;
    const key = this.keys.key(e.contact, e.node);
    // A `delivered` whose `accepted` the journal lacks is priced when it arrives.
    const priced = this.pending.get(key) ?? this.price(e.contact, e.node, e.at);
    this.pending.delete(key);
    if (priced === null) return;
    this.counters.charge(priced.category, priced.market, priced.micros);
    if (priced.micros > 0) this.nodeMicros.set(priced.node, (this.nodeMicros.get(priced.node) ?? 0) + priced.micros);
  }

  cost(): RunCost {
    const byNode: Record<string, number> = {};
    for (const node of [...this.nodeMicros.keys()].sort()) byNode[node] = (this.nodeMicros.get(node) as number) / 1_000_000;
    return { currency: 'USD', ...this.counters.cost(this.countries), byNode };
  }

  private clock(c: number): ConversationClock {
    const known = this.clocks.get(c);
    if (known !== undefined) return known;
    const imported = this.input.contactOf(c)?.lastInboundAt;
    const at = imported === undefined ? Number.NaN : Date.parse(imported);
    return Number.isFinite(at) ? { ...NEW_CONVERSATION_CLOCK, lastInboundAt: at } : NEW_CONVERSATION_CLOCK;
  }

  /** The price of node `node`'s message to contact `c` at `at`, or null for a node that sends nothing priceable. */
  private price(c: number, node: string, at: number): PricedMessage | null {
    const category = this.categoryOf(c, node);
    if (category === null) return null;
    const clock = this.clock(c);
    const insideWindow = isCustomerServiceWindowOpen(clock.lastInboundAt, at);
    const insideFreeEntryPoint =
      isInsideFreeEntryPointPricing(clock.freeEntryPointPricing, at) || (clock.adEntryAt !== null && freeEntryPointPricingWindow(clock.adEntryAt, at) !== null);
    const market = this.marketOf(c);
    const categoryIndex = PriceMemo.categoryIndex(category);
    return { node, category: categoryIndex, market, micros: this.prices.priceMicros(market, categoryIndex, insideWindow, insideFreeEntryPoint, at) };
  }

  private categoryOf(c: number, node: string): PricingCategory | null {
    const index = this.compiled.indexOf.get(node);
    const spec = index === undefined ? undefined : this.compiled.specs[index];
    if (spec?.kind === NodeKind.Session) return 'SERVICE';
    if (spec?.kind !== NodeKind.Template) return null;
    const contact = this.input.contactOf(c);
    // An unknown row has no locale: the node's own language, as for a contact without one.
    const template = templateFor(spec, contact ?? { phone: '', whatsappOptIn: true, marketingOptIn: true, attributes: {} });
    return this.compiled.templates[template]?.category ?? null;
  }

  /** The contact's market index: its `country`, else its number's, as the simulator's world table reads it. */
  private marketOf(c: number): number {
    const contact = this.input.contactOf(c);
    const code = contact === undefined ? '' : contactMarket(contact);
    let index = this.countryIndex.get(code);
    if (index === undefined) {
      index = this.countries.length;
      this.countryIndex.set(code, index);
      this.countries.push(code);
    }
    return index;
  }
}
