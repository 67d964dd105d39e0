import { z } from 'zod';

/** A connection from one node's output handle to another node. `sourceHandle` defaults to `out`. */
export const JourneyEdge = z.object({
  id: z.string().min(1, 'expected a non-empty id'),
  source: z.string(),
  sourceHandle: z.string().default('out'),
  target: z.string(),
});
export type JourneyEdge = z.infer<typeof JourneyEdge>;
export type JourneyEdgeInput = z.input<typeof JourneyEdge>;
