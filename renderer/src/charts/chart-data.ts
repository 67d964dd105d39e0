/**
 * The rows each chart draws, from a simulation result (or a run report of the same shape):
 * pure functions, so the numbers a chart shows are tested without drawing it.
 */
import type { Journey } from '../../../core/journey';
import type { NodeStats, SimulationResult } from '../../../core/sim';

const MESSAGE_TYPES = new Set(['whatsapp_template', 'whatsapp_session']);

export const FUNNEL_STAGES = ['entered', 'sent', 'delivered', 'read', 'replied'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface Funnel {
  node: string;
  stages: { stage: FunnelStage; value: number }[];
}

/** One funnel per message step, in the journey's order. */
export function funnels(journey: Pick<Journey, 'nodes'>, nodes: Record<string, Pick<NodeStats, FunnelStage>>): Funnel[] {
  return journey.nodes
    .filter((n) => MESSAGE_TYPES.has(n.type) && nodes[n.id])
    .map((n) => ({ node: n.id, stages: FUNNEL_STAGES.map((stage) => ({ stage, value: (nodes[n.id] as Pick<NodeStats, FunnelStage>)[stage] })) }));
}

export interface SeriesPoint {
  /** Epoch ms of the hour's start. */
  at: number;
  sends: number;
  deliveries: number;
  replies: number;
}

/**
 * Running totals per hour: a total that stops climbing is a plateau, which is how quiet hours
 * and a reached messaging limit show (sends wait, they are not lost).
 */
export function cumulativeSeries(result: Pick<SimulationResult, 'series' | 'start'>): SeriesPoint[] {
  const { hourMs, sends, deliveries, replies } = result.series;
  const start = Date.parse(result.start);
  const points: SeriesPoint[] = [];
  const total = { sends: 0, deliveries: 0, replies: 0 };
  const hours = Math.max(sends.length, deliveries.length, replies.length);
  for (let h = 0; h < hours; h++) {
    total.sends += sends[h] ?? 0;
    total.deliveries += deliveries[h] ?? 0;
    total.replies += replies[h] ?? 0;
    points.push({ at: start + h * hourMs, ...total });
  }
  return points;
}

/** Cost by pricing category, the free ones left out. */
export function costRows(cost: SimulationResult['cost']): { category: string; amount: number }[] {
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
