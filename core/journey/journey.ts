import { z } from 'zod';
import { TimeOfDay } from './duration';
import { JourneyEdge } from './edge';
import { JourneyNode } from './node';

export const QuietHours = z.object({ start: TimeOfDay, end: TimeOfDay });
export type QuietHours = z.infer<typeof QuietHours>;

/** A journey: the graph a marketer draws, plus where and when it sends. */
export const Journey = z
  .object({
    id: z.string().min(1, 'expected a non-empty id'),
    name: z.string(),
    channel: z.string().optional(),
    /** IANA time zone for `time_of_day` waits and quiet hours. */
    timezone: z.string().default('UTC'),
    quietHours: QuietHours.optional(),
    nodes: z.array(JourneyNode),
    edges: z.array(JourneyEdge),
  })
  .loose();
export type Journey = z.infer<typeof Journey>;
