/**
 * The part of a simulation result or run report the journey format spec fixes (the JSON of
 * `wajourney simulate --json` and `run --json`). Stored results are checked against it on
 * read; everything the simulator adds beyond it (series, timelines, quality) is kept as is.
 */
import { z } from 'zod';

const count = z.number().int().nonnegative();

export const NodeCounts = z
  .object({ entered: count, sent: count, delivered: count, read: count, replied: count, failed: count, exited: count })
  .loose();

export const SimulationSummary = z
  .object({
    contacts: count,
    skipped: z.record(z.string(), count),
    nodes: z.record(z.string(), NodeCounts),
    errors: z.record(z.string(), count),
    cost: z.object({ currency: z.string(), total: z.number(), byCategory: z.record(z.string(), z.number()) }).loose(),
    finishedAt: z.string(),
  })
  .loose();
export type SimulationSummary = z.infer<typeof SimulationSummary>;

/** A run report is a simulation's counts plus the sends a crash left uncertain. */
export const RunReport = SimulationSummary.extend({ uncertain: count.optional() });
export type RunReport = z.infer<typeof RunReport>;
