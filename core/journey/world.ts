import { z } from 'zod';

const rate = z.number().min(0, 'expected a probability from 0 to 1').max(1, 'expected a probability from 0 to 1');

const RateOverrides = z
  .object({
    deliveryRate: rate.optional(),
    readRate: rate.optional(),
    replyRate: rate.optional(),
    clickRate: rate.optional(),
    optOutRate: rate.optional(),
    blockRate: rate.optional(),
    marketingCapRate: rate.optional(),
  })
  .loose();

/**
 * The simulated audience's behaviour: probabilities per message (read and reply are
 * conditional on delivery). Missing fields take the spec's defaults.
 */
export const WorldModel = z
  .object({
    deliveryRate: rate.default(0.97),
    readRate: rate.default(0.8),
    replyRate: rate.default(0.15),
    replyDelayMinutes: z.object({ median: z.number().nonnegative().default(30) }).loose().default({ median: 30 }),
    clickRate: rate.default(0.1),
    optOutRate: rate.default(0.01),
    blockRate: rate.default(0.002),
    marketingCapRate: rate.default(0.02),
    /** Inbound or event entries arrive spread evenly over this many hours after the start. */
    arrivalHours: z.number().nonnegative().default(0),
    byCountry: z.record(z.string(), RateOverrides).default({}),
  })
  .loose();
export type WorldModel = z.infer<typeof WorldModel>;
export type WorldRates = Pick<
  WorldModel,
  'deliveryRate' | 'readRate' | 'replyRate' | 'clickRate' | 'optOutRate' | 'blockRate' | 'marketingCapRate'
>;

/** The world model's rates for one country, with its overrides applied. */
export function ratesFor(world: WorldModel, country: string | undefined): WorldRates {
  const override = country ? world.byCountry[country] : undefined;
  return {
    deliveryRate: override?.deliveryRate ?? world.deliveryRate,
    readRate: override?.readRate ?? world.readRate,
    replyRate: override?.replyRate ?? world.replyRate,
    clickRate: override?.clickRate ?? world.clickRate,
    optOutRate: override?.optOutRate ?? world.optOutRate,
    blockRate: override?.blockRate ?? world.blockRate,
    marketingCapRate: override?.marketingCapRate ?? world.marketingCapRate,
  };
}
