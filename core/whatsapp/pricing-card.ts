/**
 * Example per-message rates, dated and sourced. These are **example figures only**:
 * third-party transcriptions that can include BSP rounding or markups, for estimates in the
 * simulator. Real costs come from Meta's rate card (a CSV in Meta's pricing docs), which a
 * workspace may load as its own {@link PricingCard}. Source: whatsapp-rules.md §6.3.
 */
import type { TemplateCategory } from './template';

/** USD per delivered template, by category. */
export type CategoryRates = Readonly<Record<TemplateCategory, number>>;

/** The rates of one market and where they come from. */
export interface MarketRates extends CategoryRates {
  /** Who published the figures. */
  source: string;
  /** When they apply, as the source says (YYYY-MM-DD), or what is known of the date. */
  asOf: string;
}

/** A set of rates in force from a date. */
export interface PricingCard {
  id: string;
  currency: 'USD';
  /** First day the card applies (YYYY-MM-DD, UTC; Meta applies it by the WABA's time zone). */
  effectiveFrom: string;
  /** True for illustrative figures (this file), false for a rate card loaded from Meta. */
  exampleFigures: boolean;
  /** Rates per market, keyed by ISO 3166 alpha-2 country code (upper case). */
  markets: Readonly<Record<string, MarketRates>>;
  /** Rates for a market the card does not list: Meta's "Other" region. */
  other: MarketRates;
}

const SENT_DM = 'docs.sent.dm/docs/guides/whatsapp-pricing (3p transcription of Meta rates)';
const EAZYBE = 'help.eazybe.com/pt/waba/pricing (3p, undated)';

function rates(marketing: number, utility: number, authentication: number, source: string, asOf: string): MarketRates {
  return { MARKETING: marketing, UTILITY: utility, AUTHENTICATION: authentication, source, asOf };
}

/**
 * The example figures of whatsapp-rules.md §6.3. `other` is the rate sent.dm lists for
 * territories in Meta's "Other" region (American Samoa, Antarctica), effective 2025-07-01.
 */
export const EXAMPLE_PRICING_CARD: PricingCard = {
  id: 'example-2025-07',
  currency: 'USD',
  effectiveFrom: '2025-07-01',
  exampleFigures: true,
  markets: {
    AR: rates(0.0618, 0.0289, 0.0289, SENT_DM, '2025-07-01'),
    AU: rates(0.0732, 0.0113, 0.0113, SENT_DM, '2025-07-01'),
    AT: rates(0.0592, 0.0171, 0.0171, SENT_DM, '2025-07-01'),
    DZ: rates(0.0225, 0.004, 0.004, SENT_DM, '2025-07-01'),
    IN: rates(0.0129, 0.0017, 0.0017, EAZYBE, 'undated, probably 2026'),
    US: rates(0.0275, 0.0044, 0.0044, EAZYBE, 'undated, probably 2026'),
    GB: rates(0.0582, 0.0242, 0.014, EAZYBE, 'undated, probably 2026'),
    BR: rates(0.0688, 0.0088, 0.0048, EAZYBE, 'undated, probably 2026'),
    DE: rates(0.1502, 0.0605, 0.0605, EAZYBE, 'undated, probably 2026'),
    MX: rates(0.048, 0.011, 0.007, EAZYBE, 'undated, probably 2026'),
    ID: rates(0.0452, 0.022, 0.022, EAZYBE, 'undated, probably 2026'),
  },
  other: rates(0.0604, 0.0077, 0.0077, `${SENT_DM}: "Other" region (AS, AQ)`, '2025-07-01'),
};

/** Common aliases of ISO codes found in spreadsheets. */
const ALIASES: Readonly<Record<string, string>> = { UK: 'GB' };

/** The rates of `country` on `card`, and the market key used (`OTHER` when not listed). */
export function marketRates(card: PricingCard, country: string | null | undefined): { market: string; rates: MarketRates } {
  const upper = (country ?? '').trim().toUpperCase();
  const code = ALIASES[upper] ?? upper;
  const found = Object.hasOwn(card.markets, code) ? card.markets[code] : undefined;
  return found ? { market: code, rates: found } : { market: 'OTHER', rates: card.other };
}

/**
 * The card in force at `at` (epoch ms): the latest whose `effectiveFrom` is not after it, or
 * the earliest card for a time before all of them.
 */
export function pricingCardAt(cards: readonly PricingCard[], at: number): PricingCard {
  const sorted = [...cards].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const first = sorted[0];
  if (!first) throw new RangeError('pricingCardAt needs at least one card');
  let chosen = first;
  for (const card of sorted) if (Date.parse(`${card.effectiveFrom}T00:00:00Z`) <= at) chosen = card;
  return chosen;
}
