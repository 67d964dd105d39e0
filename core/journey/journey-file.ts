import { z } from 'zod';
import { Template } from '../whatsapp/template';
import { Channel } from './channel';
import { Journey } from './journey';

/** The newest journey file version this app reads and writes. */
export const CURRENT_FORMAT_VERSION = 1;

/** A `*.journey.json` file: the journey plus, optionally, the templates and channels it needs. */
export const JourneyFile = z.object({
  format: z.literal('wa-journey', { error: 'expected "wa-journey"' }),
  version: z.literal(CURRENT_FORMAT_VERSION),
  journey: Journey,
  templates: z.array(Template).optional(),
  channels: z.array(Channel).optional(),
});
export type JourneyFile = z.infer<typeof JourneyFile>;
