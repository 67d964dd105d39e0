/**
 * What a simulation answers: the journey-format spec's JSON (`contacts`, `skipped`, `nodes`,
 * `errors`, `cost`, `finishedAt`), then `seed` and the simulator's additions: where the
 * contacts stand at the end, the projected quality rating, hourly series and the timelines
 * of the contacts asked for. Same inputs and seed, byte-identical JSON.
 */
import type { QualityRating } from '../journey/channel';
import type { PricingCategory } from '../whatsapp/pricing';

/** Per-node counts. `sent`, `delivered`, `read` and `failed` follow Meta's statuses (spec, "Counting"). */
export interface NodeStats {
  /** Contacts that arrived at the node. */
  entered: number;
  /** Messages that reached Meta's `sent` status (message nodes). */
  sent: number;
  delivered: number;
  read: number;
  /** Replies to the message (message nodes), or contacts that left by `replied` (wait_for_reply). */
  replied: number;
  /** Taps on the message's buttons (quick replies and URL buttons). */
  clicked: number;
  /** Messages that ended failed: refused by the API or reported failed later. */
  failed: number;
  /** Contacts that left the journey at the node. */
  exited: number;
}

/** One moment of a traced contact's life, for the trainer view. */
export interface TimelineEntry {
  at: string;
  event: string;
  node?: string;
  detail?: string;
}

export interface Timeline {
  /** The contact's row in the audience (0-based) and number. */
  contact: number;
  phone: string;
  entries: TimelineEntry[];
}

export interface SimulationResult {
  /** Audience size. */
  contacts: number;
  /** Contacts dropped for a rule, by reason (no_whatsapp_opt_in, no_marketing_opt_in, opted_out…). */
  skipped: Record<string, number>;
  nodes: Record<string, NodeStats>;
  /** Failed messages by Meta error code. */
  errors: Record<string, number>;
  /**
   * What delivered messages cost, by pricing category (service messages are free), and (an
   * addition to the spec's fields) by market: the contact's ISO country, from its `country`
   * column or else its number, "unknown" when neither says; keys sorted, uncharged markets left out.
   */
  cost: { currency: 'USD'; total: number; byCategory: Record<PricingCategory, number>; byMarket: Record<string, number> };
  /** Time of the last event played (ISO 8601). */
  finishedAt: string;
  seed: number;
  start: string;
  /**
   * Contacts that took each link, by edge id (an addition to the spec's fields): every edge of
   * the journey in its order, 0 for one nobody took. Out of a step, the links' counts add up
   * to its arrivals less its exits and the contacts still there.
   */
  edges: Record<string, number>;
  /** Where contacts stand: left the journey, or still in it at the horizon (or when stopped). */
  outcome: { exited: number; waiting: number; notArrived: number };
  /** The channel's projected quality rating from this run's blocks per delivered message. */
  quality: { delivered: number; blocks: number; blockRate: number; projected: QualityRating };
  /** Counts per hour since the start. */
  series: { hourMs: number; sends: number[]; deliveries: number[]; replies: number[] };
  timelines: Timeline[];
  /** Events played. */
  events: number;
  /** Present when the run was cancelled, or stopped by its event budget, before the end. */
  stopped?: 'cancelled' | 'event_budget';
}

/** Progress of a running simulation. */
export interface SimulationProgress {
  events: number;
  /** The virtual clock, epoch ms. */
  now: number;
  arrived: number;
  exited: number;
  contacts: number;
}
