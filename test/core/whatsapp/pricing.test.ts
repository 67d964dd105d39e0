import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_PRICING_CARD,
  marketRates,
  priceOf,
  pricingCardAt,
  type PriceInput,
  type PricingCard,
  type PricingCategory,
} from '../../../core/whatsapp/pricing';

const AT = Date.UTC(2026, 0, 15);
const price = (category: PricingCategory, insideServiceWindow: boolean, insideFreeEntryPoint: boolean, country = 'IN') =>
  priceOf({ category, country, at: AT, insideServiceWindow, insideFreeEntryPoint });

describe('priceOf', () => {
  it.each<[PricingCategory, boolean, boolean, number, string]>([
    ['MARKETING', false, false, 0.0129, 'charged'],
    ['MARKETING', true, false, 0.0129, 'charged'],
    ['MARKETING', true, true, 0, 'free-entry-point'],
    ['AUTHENTICATION', false, false, 0.0017, 'charged'],
    ['AUTHENTICATION', true, false, 0.0017, 'charged'],
    ['AUTHENTICATION', false, true, 0, 'free-entry-point'],
    ['UTILITY', false, false, 0.0017, 'charged'],
    ['UTILITY', true, false, 0, 'utility-in-service-window'],
    ['UTILITY', false, true, 0, 'free-entry-point'],
    ['SERVICE', true, false, 0, 'service-free'],
    ['SERVICE', true, true, 0, 'service-free'],
  ])('%s, in window %s, in free entry point %s: %s USD', (category, csw, fep, amount, reason) => {
    const p = price(category, csw, fep);
    expect(p).toMatchObject({ amount, reason, currency: 'USD', billable: amount > 0, market: 'IN', pricingModel: 'PMP' });
  });

  it('gives the webhook pricing type', () => {
    expect(price('MARKETING', false, false).webhookType).toBe('regular');
    expect(price('UTILITY', true, false).webhookType).toBe('free_customer_service');
    expect(price('MARKETING', false, true).webhookType).toBe('free_entry_point');
  });

  it('uses the "Other" rate for a market the card does not list, and normalises codes', () => {
    expect(price('MARKETING', false, false, 'FR')).toMatchObject({ market: 'OTHER', amount: 0.0604 });
    expect(priceOf({ category: 'MARKETING', country: null, at: AT, insideServiceWindow: false, insideFreeEntryPoint: false }).market).toBe('OTHER');
    expect(price('UTILITY', false, false, 'uk')).toMatchObject({ market: 'GB', amount: 0.0242 });
    expect(price('UTILITY', false, false, 'constructor').market).toBe('OTHER');
  });

  it('gives integer micro-dollars for exact totals', () => {
    const total = Array.from({ length: 1000 }, () => price('MARKETING', false, false, 'BR').amountMicros).reduce((a, b) => a + b, 0);
    expect(total).toBe(68_800_000);
  });

  it('says the figures are examples, and flags deliveries before per-message pricing', () => {
    expect(price('MARKETING', false, false).exampleFigures).toBe(true);
    const input: PriceInput = { category: 'MARKETING', country: 'AR', at: Date.UTC(2025, 5, 30), insideServiceWindow: false, insideFreeEntryPoint: false };
    expect(priceOf(input).pricingModel).toBe('CBP');
  });
});

describe('pricing cards', () => {
  it('carries a source and date for every market', () => {
    for (const rates of [...Object.values(EXAMPLE_PRICING_CARD.markets), EXAMPLE_PRICING_CARD.other]) {
      expect(rates.source).not.toBe('');
      expect(rates.asOf).not.toBe('');
    }
    expect(marketRates(EXAMPLE_PRICING_CARD, 'DE').rates.MARKETING).toBe(0.1502);
  });

  it('picks the card in force at the delivery time', () => {
    const later: PricingCard = { ...EXAMPLE_PRICING_CARD, id: 'meta-2026', effectiveFrom: '2026-01-01', exampleFigures: false };
    const cards = [later, EXAMPLE_PRICING_CARD];
    expect(pricingCardAt(cards, Date.UTC(2025, 11, 31, 23)).id).toBe('example-2025-07');
    expect(pricingCardAt(cards, Date.UTC(2026, 0, 1)).id).toBe('meta-2026');
    expect(pricingCardAt(cards, Date.UTC(2020, 0, 1)).id).toBe('example-2025-07');
    expect(priceOf({ category: 'UTILITY', country: 'IN', at: AT, insideServiceWindow: false, insideFreeEntryPoint: false }, cards).cardId).toBe('meta-2026');
  });
});
