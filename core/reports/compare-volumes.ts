/**
 * A run against its simulation beyond the per-node counts: the cost (in all and per audience
 * contact, since a run may go to more or fewer contacts than were simulated) and the running
 * shares of the audience sent to and replying over the time since each started.
 */
export interface CostSide {
  contacts: number;
  cost: { total: number; byCategory: Readonly<Record<string, number>> };
}

export interface CostComparisonRow {
  /** A pricing category, or `total`. */
  category: string;
  run: number;
  simulated: number;
  /** Per audience contact (null for an empty audience). */
  runPerContact: number | null;
  simulatedPerContact: number | null;
}

const per = (amount: number, contacts: number): number | null => (contacts > 0 ? amount / contacts : null);

/** The total first, then each category either side paid for, in the run's order. */
export function compareCost(run: CostSide, simulation: CostSide): CostComparisonRow[] {
  const row = (category: string, r: number, s: number): CostComparisonRow => ({
    category,
    run: r,
    simulated: s,
    runPerContact: per(r, run.contacts),
    simulatedPerContact: per(s, simulation.contacts),
  });
  const categories = [...new Set([...Object.keys(run.cost.byCategory), ...Object.keys(simulation.cost.byCategory)])];
  return [
    row('total', run.cost.total, simulation.cost.total),
    ...categories
      .map((c) => row(c, run.cost.byCategory[c] ?? 0, simulation.cost.byCategory[c] ?? 0))
      .filter((r) => r.run > 0 || r.simulated > 0),
  ];
}

export interface SeriesSide {
  contacts: number;
  bucketMs: number;
  sends: readonly number[];
  replies: readonly number[];
}

export interface SeriesComparisonPoint {
  /** Time since each side's start, ms. */
  elapsedMs: number;
  /** Shares of each side's audience sent to and answering by then (0 for an empty audience). */
  runSends: number;
  simulatedSends: number;
  runReplies: number;
  simulatedReplies: number;
}

/** Running totals of `counts` at every bucket start (each bucket counted from its start). */
function runningShares(counts: readonly number[], contacts: number): number[] {
  let total = 0;
  return counts.map((n) => {
    total += n;
    return contacts > 0 ? total / contacts : 0;
  });
}

/** The share reached at `elapsed` on a side: its last bucket that started by then (the final share after its end). */
function at(shares: readonly number[], bucketMs: number, elapsed: number): number {
  if (shares.length === 0) return 0;
  return shares[Math.min(shares.length - 1, Math.floor(elapsed / bucketMs))] as number;
}

/** Both sides' running shares at every bucket start of either, over the longer of the two. */
export function compareSeries(run: SeriesSide, simulation: SeriesSide): SeriesComparisonPoint[] {
  const sides = [run, simulation].map((side) => ({
    bucketMs: side.bucketMs,
    sends: runningShares(side.sends, side.contacts),
    replies: runningShares(side.replies, side.contacts),
    length: Math.max(side.sends.length, side.replies.length),
  }));
  const times = new Set<number>();
  for (const side of sides) for (let i = 0; i < side.length; i++) times.add(i * side.bucketMs);
  const [r, s] = sides as [(typeof sides)[number], (typeof sides)[number]];
  return [...times]
    .sort((a, b) => a - b)
    .map((elapsedMs) => ({
      elapsedMs,
      runSends: at(r.sends, r.bucketMs, elapsedMs),
      simulatedSends: at(s.sends, s.bucketMs, elapsedMs),
      runReplies: at(r.replies, r.bucketMs, elapsedMs),
      simulatedReplies: at(s.replies, s.bucketMs, elapsedMs),
    }));
}
