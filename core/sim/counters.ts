/**
 * Counts aggregated while the simulation streams: per node, per link, per error code, per skip
 * reason, per hour, per pricing category and per market. Memory follows the journey's size, the
 * simulated duration and the audience's countries, never the number of contacts or events.
 */
import { countsByEdge } from '../interpreter/compile';
import type { CompiledJourney } from '../interpreter/compiled';
import type { PricingCategory } from '../whatsapp/pricing';
import type { NodeStats } from './result';

/** Columns of the per-node counts. */
export const Metric = { entered: 0, sent: 1, delivered: 2, read: 3, replied: 4, clicked: 5, failed: 6, exited: 7 } as const;
const METRICS = Object.keys(Metric) as (keyof NodeStats)[];
const WIDTH = METRICS.length;

export const HOUR_MS = 3_600_000;
export const PRICING_CATEGORIES: readonly PricingCategory[] = ['MARKETING', 'UTILITY', 'AUTHENTICATION', 'SERVICE'];

function sorted<K extends string | number>(map: Map<K, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of [...map.keys()].sort()) out[String(key)] = map.get(key) as number;
  return out;
}

export class RunCounters {
  private readonly nodes: Float64Array;
  /** Contacts that followed each handle (indices of the compiled journey's `targets`). */
  private readonly links: Float64Array;
  private readonly errors = new Map<number, number>();
  private readonly skipped = new Map<string, number>();
  readonly sends: number[] = [];
  readonly deliveries: number[] = [];
  readonly replies: number[] = [];
  /** Micro-dollars by category, in {@link PRICING_CATEGORIES} order: integers, so sums are exact. */
  private readonly costMicros = new Float64Array(PRICING_CATEGORIES.length);
  /** Micro-dollars by market, indexed like the world table's countries (0: unknown country). */
  private readonly marketMicros: number[] = [];
  delivered = 0;
  blocks = 0;
  exited = 0;

  /** `handleCount`: the compiled journey's `targets.length`, when links are counted (0: they are not). */
  constructor(
    private readonly nodeCount: number,
    private readonly start: number,
    handleCount = 0,
  ) {
    this.nodes = new Float64Array(nodeCount * WIDTH);
    this.links = new Float64Array(handleCount);
  }

  count(node: number, metric: number): void {
    this.nodes[node * WIDTH + metric] = (this.nodes[node * WIDTH + metric] as number) + 1;
  }

  /** One contact followed handle `via` (the interpreter's `visit(node, via)`); -1 (the entry) counts nothing. */
  follow(via: number): void {
    if (via >= 0) this.links[via] = (this.links[via] as number) + 1;
  }

  /** Contacts per edge id, every edge of the journey in its order (see {@link countsByEdge}). */
  edgeCounts(compiled: CompiledJourney): Record<string, number> {
    return countsByEdge(compiled, this.links);
  }

  error(code: number): void {
    this.errors.set(code, (this.errors.get(code) ?? 0) + 1);
  }

  skip(reason: string): void {
    this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + 1);
  }

  /** Adds one to the hour of `at` in `series`. */
  hourly(series: number[], at: number): void {
    const hour = Math.max(0, Math.floor((at - this.start) / HOUR_MS));
    while (series.length <= hour) series.push(0);
    series[hour] = (series[hour] as number) + 1;
  }

  nodeStats(ids: readonly string[]): Record<string, NodeStats> {
    const out: Record<string, NodeStats> = {};
    for (let n = 0; n < this.nodeCount; n++) {
      const stats = {} as NodeStats;
      METRICS.forEach((metric, m) => (stats[metric] = this.nodes[n * WIDTH + m] as number));
      out[ids[n] as string] = stats;
    }
    return out;
  }

  errorCounts(): Record<string, number> {
    return sorted(this.errors);
  }

  skipCounts(): Record<string, number> {
    return sorted(this.skipped);
  }

  /** Charges one delivered message: `micros` to its pricing category and to its market. */
  charge(category: number, market: number, micros: number): void {
    this.costMicros[category] = (this.costMicros[category] as number) + micros;
    // Markets get their index when their first contact arrives: grow the (packed) array then.
    const byMarket = this.marketMicros;
    while (byMarket.length <= market) byMarket.push(0);
    byMarket[market] = (byMarket[market] as number) + micros;
  }

  /**
   * Total, per-category and per-market cost in dollars, from exact micro-dollar sums. Markets
   * are `countries[i]` ("unknown" for none), sorted so the JSON is byte-identical whatever
   * order contacts arrived in; markets nothing was charged in are left out.
   */
  cost(countries: readonly string[]): { total: number; byCategory: Record<PricingCategory, number>; byMarket: Record<string, number> } {
    const byCategory = {} as Record<PricingCategory, number>;
    let total = 0;
    PRICING_CATEGORIES.forEach((category, i) => {
      byCategory[category] = (this.costMicros[i] as number) / 1_000_000;
      total += this.costMicros[i] as number;
    });
    const markets = new Map<string, number>();
    this.marketMicros.forEach((micros, i) => {
      if (micros > 0) markets.set(countries[i] || 'unknown', micros / 1_000_000);
    });
    return { total: total / 1_000_000, byCategory, byMarket: sorted(markets) };
  }
}
