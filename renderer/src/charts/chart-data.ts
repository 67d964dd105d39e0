/**
 * The rows each chart draws, from a simulation result (or a run report of the same shape):
 * pure functions, so the numbers a chart shows are tested without drawing it.
 */
import { isMessageNode, type Journey } from '../../../core/journey';
import type { NodeStats, SimulationResult } from '../../../core/sim';

export const FUNNEL_STAGES = ['entered', 'sent', 'delivered', 'read', 'replied'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface Funnel {
  node: string;
  stages: { stage: FunnelStage; value: number }[];
}

/** One funnel per message step, in the journey's order. */
export function funnels(journey: Pick<Journey, 'nodes'>, nodes: Record<string, Pick<NodeStats, FunnelStage>>): Funnel[] {
  return journey.nodes
    .filter((n) => isMessageNode(n) && nodes[n.id])
    .map((n) => ({ node: n.id, stages: FUNNEL_STAGES.map((stage) => ({ stage, value: (nodes[n.id] as Pick<NodeStats, FunnelStage>)[stage] })) }));
}

export interface SeriesPoint {
  /** Epoch ms of the bucket's start. */
  at: number;
  sends: number;
  deliveries: number;
  replies: number;
  /** Only a run counts reads over time (the simulator's series has none). */
  reads?: number;
}

/** Counts per bucket from `start`: a run report's series (core/reports series.ts). */
export interface TimeBuckets {
  start: string;
  bucketMs: number;
  sends: readonly number[];
  deliveries: readonly number[];
  replies: readonly number[];
  reads?: readonly number[];
}

/** A simulation's hourly series as buckets. */
export function simulationBuckets(result: Pick<SimulationResult, 'series' | 'start'>): TimeBuckets {
  const { hourMs, sends, deliveries, replies } = result.series;
  return { start: result.start, bucketMs: hourMs, sends, deliveries, replies };
}

/**
 * Running totals per bucket (an hour for a simulation): a total that stops climbing is a
 * plateau, which is how quiet hours and a reached messaging limit show (sends wait, they are
 * not lost). Takes a simulation result or a run's buckets.
 */
export function cumulativeSeries(source: Pick<SimulationResult, 'series' | 'start'> | TimeBuckets): SeriesPoint[] {
  const buckets = 'bucketMs' in source ? source : simulationBuckets(source);
  const { sends, deliveries, replies, reads } = buckets;
  const start = Date.parse(buckets.start);
  const points: SeriesPoint[] = [];
  const total = { sends: 0, deliveries: 0, replies: 0, reads: 0 };
  const count = Math.max(sends.length, deliveries.length, replies.length, reads?.length ?? 0);
  for (let i = 0; i < count; i++) {
    total.sends += sends[i] ?? 0;
    total.deliveries += deliveries[i] ?? 0;
    total.replies += replies[i] ?? 0;
    const point: SeriesPoint = { at: start + i * buckets.bucketMs, sends: total.sends, deliveries: total.deliveries, replies: total.replies };
    if (reads !== undefined) point.reads = total.reads += reads[i] ?? 0;
    points.push(point);
  }
  return points;
}

/** What every chart of a run or a simulation draws from. */
export interface ChartedOutcome {
  nodes: Record<string, Pick<NodeStats, FunnelStage>>;
  errors: Record<string, number>;
  cost: { currency: string; byCategory: Readonly<Record<string, number>>; byMarket?: Record<string, number> };
  buckets: TimeBuckets;
}

/** Cost by pricing category, the free ones left out. */
export function costRows(cost: { currency?: string; total?: number; byCategory: Readonly<Record<string, number>>; byMarket?: Record<string, number> }): { category: string; amount: number }[] {
  return Object.entries(cost.byCategory)
    .filter(([, amount]) => amount > 0)
    .map(([category, amount]) => ({ category, amount }));
}

/**
 * Cost by market (the contacts' ISO country, or "unknown"), the costliest first. Results and
 * run reports stored before markets were counted have no `byMarket`: no rows then.
 */
export function marketRows(cost: { byMarket?: Record<string, number> }): { market: string; amount: number }[] {
  return Object.entries(cost.byMarket ?? {})
    .filter(([, amount]) => amount > 0)
    .map(([market, amount]) => ({ market, amount }))
    .sort((a, b) => b.amount - a.amount || (a.market < b.market ? -1 : 1));
}

/** Failures by Meta error code, the most frequent first. */
export function errorRows(errors: Record<string, number>): { code: string; count: number }[] {
  return Object.entries(errors)
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}
