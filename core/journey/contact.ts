import { z } from 'zod';

export const OptInMethod = z.enum(['sms', 'whatsapp', 'in_person', 'paper', 'web']);
export type OptInMethod = z.infer<typeof OptInMethod>;

/** One contact of an audience, after the CSV row has been parsed and checked. */
export const Contact = z.object({
  /** E.164, with the leading `+`. */
  phone: z.string().regex(/^\+[1-9]\d{6,14}$/, 'expected an E.164 number such as +33612345678'),
  /** ISO 3166 alpha-2 region of the number, derived from it when not given. */
  country: z.string().length(2).optional(),
  locale: z.string().optional(),
  whatsappOptIn: z.boolean(),
  marketingOptIn: z.boolean(),
  optInDate: z.string().optional(),
  optInMethod: OptInMethod.optional(),
  /** ISO 8601 time this contact last wrote to the business. */
  lastInboundAt: z.string().optional(),
  /** Every other CSV column, usable as `{{contact.COLUMN}}`. */
  attributes: z.record(z.string(), z.string()),
});
export type Contact = z.infer<typeof Contact>;
