/**
 * Prices of delivered messages through core/whatsapp/pricing.ts's `priceOf`, remembered per
 * (market, category, inside the service window, inside a free entry point): a few dozen
 * combinations, so a million deliveries call `priceOf` only that many times. One pricing
 * card serves the whole run (the card in force at the first priced message).
 */
import { EXAMPLE_PRICING_CARD, priceOf, type PricingCard, type PricingCategory } from '../whatsapp/pricing';
import { PRICING_CATEGORIES } from './counters';

const COMBINATIONS = PRICING_CATEGORIES.length * 4;

export class PriceMemo {
  private micros = new Float64Array(0);

  constructor(
    private readonly countries: readonly string[],
    private readonly card: PricingCard = EXAMPLE_PRICING_CARD,
  ) {}

  /** Index of `category` in {@link PRICING_CATEGORIES}. */
  static categoryIndex(category: PricingCategory): number {
    return PRICING_CATEGORIES.indexOf(category);
  }

  /** Micro-dollars one delivered message costs. */
  priceMicros(country: number, category: number, insideServiceWindow: boolean, insideFreeEntryPoint: boolean, at: number): number {
    const key = country * COMBINATIONS + category * 4 + (insideServiceWindow ? 2 : 0) + (insideFreeEntryPoint ? 1 : 0);
    if (key >= this.micros.length) {
      const grown = new Float64Array(Math.max(key + 1, this.micros.length * 2)).fill(Number.NaN);
      grown.set(this.micros);
      this.micros = grown;
    }
    let price = this.micros[key] as number;
    if (Number.isNaN(price)) {
      price = priceOf(
        {
          category: PRICING_CATEGORIES[category] as PricingCategory,
          country: this.countries[country] || null,
          at,
          insideServiceWindow,
          insideFreeEntryPoint,
        },
        this.card,
      ).amountMicros;
      this.micros[key] = price;
    }
    return price;
  }
}
