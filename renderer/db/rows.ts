/**
 * What each IndexedDB table holds (schema version 2), one zod schema per row. Rows wrap the
 * core models rather than flatten them, so every read validates the model with its core
 * schema; the wrapper adds only what storage needs (keys, times, revisions, indexable copies).
 * A restored backup is checked against the same schemas before it replaces anything.
 */
import { z } from 'zod';
import { Channel, Contact, Journey } from '../../core/journey';
import { Template } from '../../core/whatsapp/template';
import { RunReport, SimulationSummary } from './result-schema';

const time = z.number().finite();

export const JourneyRow = z.object({ id: z.string().min(1), journey: Journey, updatedAt: time, revision: z.number().int().positive() });
export type JourneyRow = z.infer<typeof JourneyRow>;

export const JourneyRevisionRow = z.object({
  journeyId: z.string().min(1),
  revision: z.number().int().positive(),
  journey: Journey,
  savedAt: time,
  message: z.string().optional(),
});
export type JourneyRevisionRow = z.infer<typeof JourneyRevisionRow>;

/**
 * Where a template revision went for review: the channel (its WhatsApp account), Meta's id
 * for it, when, and Meta's reason when it was rejected. Not part of the template itself, so a
 * review never reads as a change of its content.
 */
export const TemplateReview = z.object({
  channelId: z.string().min(1),
  id: z.string().optional(),
  submittedAt: time.optional(),
  reason: z.string().optional(),
});
export type TemplateReview = z.infer<typeof TemplateReview>;

/** One revision of a template; `name`, `language` and `businessUnit` are copied out to index them. */
export const TemplateRow = z.object({
  name: z.string().min(1),
  language: z.string().min(1),
  revision: z.number().int().positive(),
  businessUnit: z.string().optional(),
  template: Template,
  savedAt: time,
  review: TemplateReview.optional(),
});
export type TemplateRow = z.infer<typeof TemplateRow>;

export const ChannelRow = z.object({ id: z.string().min(1), channel: Channel, updatedAt: time });
export type ChannelRow = z.infer<typeof ChannelRow>;

/**
 * An audience. Counts and attribute names are kept on the row so that listing audiences
 * never reads their contacts. `importing` rows are a CSV import under way (or one a crash
 * interrupted): lists hide them and the next start removes them.
 */
export const AudienceRow = z.object({
  id: z.string().min(1),
  name: z.string(),
  createdAt: time,
  status: z.enum(['importing', 'ready']),
  count: z.number().int().nonnegative(),
  whatsappOptIn: z.number().int().nonnegative(),
  marketingOptIn: z.number().int().nonnegative(),
  attributes: z.array(z.string()),
});
export type AudienceRow = z.infer<typeof AudienceRow>;

/**
 * A contact of an audience. `seq` numbers contacts 0..count-1 in file order, so a page is an
 * index range; `lastInboundMs` makes open customer service windows countable by index range.
 */
export const ContactRow = Contact.extend({
  audienceId: z.string().min(1),
  seq: z.number().int().nonnegative(),
  lastInboundMs: time.optional(),
});
export type ContactRow = z.infer<typeof ContactRow>;

const resultRow = <S extends z.ZodType>(result: S) =>
  z.object({ id: z.string().min(1), journeyId: z.string().min(1), createdAt: time, result });
export const SimulationRow = resultRow(SimulationSummary);
export type SimulationRow = z.infer<typeof SimulationRow>;
export const RunReportRow = resultRow(RunReport);
export type RunReportRow = z.infer<typeof RunReportRow>;

export const MetaRow = z.object({ key: z.string().min(1), value: z.unknown() });
export type MetaRow = z.infer<typeof MetaRow>;

/** The schema of every table's rows, by table name (restore checks a backup with it). */
export const rowSchemas = {
  journeys: JourneyRow,
  journeyRevisions: JourneyRevisionRow,
  templates: TemplateRow,
  channels: ChannelRow,
  audiences: AudienceRow,
  contacts: ContactRow,
  simulations: SimulationRow,
  runReports: RunReportRow,
  meta: MetaRow,
} as const;
export type TableName = keyof typeof rowSchemas;
