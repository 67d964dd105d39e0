import { z } from 'zod';

export const QualityRating = z.enum(['GREEN', 'YELLOW', 'RED'], { error: 'expected GREEN, YELLOW or RED' });
export type QualityRating = z.infer<typeof QualityRating>;

/** A WhatsApp business phone number the journey sends from. Tokens never live here. */
export const Channel = z
  .object({
    id: z.string().min(1, 'expected a non-empty id'),
    displayName: z.string(),
    businessUnit: z.string().optional(),
    phoneNumber: z.string().optional(),
    mode: z.enum(['sandbox', 'meta'], { error: 'expected sandbox or meta' }),
    phoneNumberId: z.string().optional(),
    wabaId: z.string().optional(),
    graphBaseUrl: z.string().optional(),
    /** Unique contacts business-initiated messages may reach in a rolling 24 hours; null is unlimited. */
    messagingLimit: z.number().int().positive().nullable().default(250),
    quality: QualityRating.default('GREEN'),
    throughputMps: z.number().positive().default(80),
  })
  .loose();
export type Channel = z.infer<typeof Channel>;
