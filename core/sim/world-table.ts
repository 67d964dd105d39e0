/**
 * The world model as the simulator reads it in its hot path: rates per country resolved once
 * (world.byCountry overrides over the defaults), and the timing of the audience's answers.
 *
 * Timing, a modelling choice documented here rather than a Meta figure:
 * - `delivered` (or the undeliverable failure, 131026) comes 1 to 10 seconds after `sent`, uniformly;
 * - `read` comes a log-normal delay after delivery, median 20 minutes;
 * - a reply, a button tap or a STOP comes a log-normal delay after delivery, with the world's
 *   `replyDelayMinutes.median` as median. Both log-normals have shape σ = 1, so about two thirds
 *   of the delays fall between a third of the median and three times the median.
 */
import { z } from 'zod';
import { ratesFor, type WorldModel, type WorldRates } from '../journey/world';
import { parsePhone } from '../whatsapp/phone';
import type { Contact } from '../journey/contact';
import type { Prng } from './prng';

const MINUTE_MS = 60_000;
export const DELIVERY_DELAY_MIN_MS = 1_000;
export const DELIVERY_DELAY_MAX_MS = 10_000;
export const READ_DELAY_MEDIAN_MS = 20 * MINUTE_MS;
export const DELAY_SIGMA = 1;

/**
 * World fields the simulator adds to the spec's (a world file may carry them; missing ones
 * take defaults that change nothing): `stoppedMarketingRate` is the share of contacts who
 * turned off this business's marketing messages with WhatsApp's own control, so that a
 * marketing template to them fails with 131050. `replyDelaySigma` is the shape of the reply
 * delay's log-normal (default 1); 0 makes every answer come exactly the median after delivery,
 * which a trainer persona ("replies after 30 hours") needs to be true to its name.
 */
export const SimulationWorldExtras = z
  .object({
    stoppedMarketingRate: z.number().min(0).max(1).default(0),
    replyDelaySigma: z.number().nonnegative().default(DELAY_SIGMA),
  })
  .loose();

/** A contact's market: its `country`, else its number's, upper-cased; '' when neither says. */
export function contactMarket(contact: Contact): string {
  let country = contact.country;
  if (country === undefined) {
    const parsed = parsePhone(contact.phone);
    country = parsed.ok ? parsed.country : undefined;
  }
  return country?.toUpperCase() ?? '';
}

/** Rates per country and timing draws, for one simulation. */
export class WorldTable {
  readonly countries: string[] = [];
  private readonly indexOf = new Map<string, number>();
  private readonly rates: WorldRates[] = [];
  readonly stoppedMarketingRate: number;
  private readonly replyMedianMs: number;
  private readonly replySigma: number;

  constructor(private readonly world: WorldModel) {
    const extras = SimulationWorldExtras.parse(world);
    this.stoppedMarketingRate = extras.stoppedMarketingRate;
    this.replySigma = extras.replyDelaySigma;
    this.replyMedianMs = world.replyDelayMinutes.median * MINUTE_MS;
    this.countryIndex(''); // index 0: unknown country, the default rates
  }

  /** The country of a contact (its `country`, else derived from its number), as an index. */
  countryOf(contact: Contact): number {
    return this.countryIndex(contactMarket(contact));
  }

  countryIndex(country: string): number {
    let index = this.indexOf.get(country);
    if (index === undefined) {
      index = this.countries.length;
      this.indexOf.set(country, index);
      this.countries.push(country);
      this.rates.push(ratesFor(this.world, country === '' ? undefined : country));
    }
    return index;
  }

  ratesOf(countryIndex: number): WorldRates {
    return this.rates[countryIndex] as WorldRates;
  }

  deliveryDelay(rng: Prng): number {
    return DELIVERY_DELAY_MIN_MS + rng.uniform() * (DELIVERY_DELAY_MAX_MS - DELIVERY_DELAY_MIN_MS);
  }

  readDelay(rng: Prng): number {
    return rng.logNormal(READ_DELAY_MEDIAN_MS, DELAY_SIGMA);
  }

  replyDelay(rng: Prng): number {
    return rng.logNormal(this.replyMedianMs, this.replySigma);
  }
}
