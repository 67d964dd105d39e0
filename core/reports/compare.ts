/**
 * A run against its simulation: per node and metric, what the run counted next to what the
 * simulation forecast, both also as shares of their audiences (a run may go to more or fewer
 * contacts than were simulated), so a marketer sees where reality departs from the model.
 */
import type { NodeStats } from '../sim/result';

export const COMPARED_METRICS = ['entered', 'sent', 'delivered', 'read', 'replied', 'failed'] as const;
export type ComparedMetric = (typeof COMPARED_METRICS)[number];

/** What both a run snapshot and a simulation result (also as stored) carry. */
export interface CountedOutcome {
  contacts: number;
  nodes: Record<string, Pick<NodeStats, ComparedMetric>>;
}

export interface ComparisonRow {
  node: string;
  metric: ComparedMetric;
  run: number;
  simulated: number;
  /** Per audience contact (null for an empty audience). */
  runShare: number | null;
  simulatedShare: number | null;
  /** runShare − simulatedShare, in points of share (null when either is unknown). */
  shareGap: number | null;
}

const share = (n: number, contacts: number): number | null => (contacts > 0 ? n / contacts : null);

/** Rows in the journey's node order (`order`), then any node only one side knows, sorted. */
export function compareRunToSimulation(run: CountedOutcome, simulation: CountedOutcome, order: readonly string[] = []): ComparisonRow[] {
  const known = new Set([...Object.keys(run.nodes), ...Object.keys(simulation.nodes)]);
  const nodes = [...order.filter((id) => known.has(id)), ...[...known].filter((id) => !order.includes(id)).sort()];
  const rows: ComparisonRow[] = [];
  for (const node of nodes) {
    for (const metric of COMPARED_METRICS) {
      const r = run.nodes[node]?.[metric] ?? 0;
      const s = simulation.nodes[node]?.[metric] ?? 0;
      if (r === 0 && s === 0) continue;
      const runShare = share(r, run.contacts);
      const simulatedShare = share(s, simulation.contacts);
      rows.push({
        node,
        metric,
        run: r,
        simulated: s,
        runShare,
        simulatedShare,
        shareGap: runShare === null || simulatedShare === null ? null : runShare - simulatedShare,
      });
    }
  }
  return rows;
}
