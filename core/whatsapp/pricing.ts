/**
 * What one message costs under per-message pricing (from 2025-07-01):
 *
 * | message                 | outside window | inside window | inside free entry point |
 * | ----------------------- | -------------- | ------------- | ----------------------- |
 * | marketing template      | charged        | charged       | free                    |
 * | authentication template | charged        | charged       | free                    |
 * | utility template        | charged        | free          | free                    |
 * | service (free-form)     | not allowed    | free          | free                    |
 *
 * Only **delivered** messages are charged: callers price a message when its `delivered` (or
 * `read`) status arrives, never on send or failure. Volume tiers for utility and
 * authentication and authentication-international rates are not modelled.
 * Sources: whatsapp-rules.md §6.2 (Meta pricing page mirrors: kap.so, lobakmerak).
 */
import { EXAMPLE_PRICING_CARD, marketRates, pricingCardAt, type PricingCard } from './pricing-card';
import type { TemplateCategory } from './template';

export * from './pricing-card';

/** Per-message pricing replaced 24-hour conversations on this date. */
export const PER_MESSAGE_PRICING_SINCE = Date.UTC(2025, 6, 1);

/** A template category, or SERVICE for a free-form (non-template) message. */
export type PricingCategory = TemplateCategory | 'SERVICE';

/** Why a message costs what it costs. */
export type PriceReason = 'service-free' | 'free-entry-point' | 'utility-in-service-window' | 'charged';

/** What to price: one delivered message. */
export interface PriceInput {
  category: PricingCategory;
  /** ISO 3166 alpha-2 code of the recipient's number; unknown markets use the card's "Other" rate. */
  country?: string | null;
  /** Delivery time, epoch ms: picks the card (and says which pricing model applied). */
  at: number;
  /** Whether a customer service window was open (the user wrote in the last 24 h). */
  insideServiceWindow: boolean;
  /** Whether a free entry point pricing window was running (see window.ts). */
  insideFreeEntryPoint: boolean;
}

/** The price of one delivered message. */
export interface Price {
  amount: number;
  /** The amount in millionths of a dollar, an integer: sum these for exact totals. */
  amountMicros: number;
  currency: 'USD';
  billable: boolean;
  reason: PriceReason;
  category: PricingCategory;
  /** The market the rate came from: an ISO code, or `OTHER`. */
  market: string;
  cardId: string;
  /** True when the rate is an example figure, not Meta's rate card. */
  exampleFigures: boolean;
  /**
   * `CBP` for a delivery before 2025-07-01: Meta then charged 24-hour conversations, which
   * this per-message price only approximates.
   */
  pricingModel: 'PMP' | 'CBP';
  /** `pricing.type` of Meta's status webhook under per-message pricing. */
  webhookType: 'regular' | 'free_customer_service' | 'free_entry_point';
}

function reasonFor(input: PriceInput): PriceReason {
  if (input.category === 'SERVICE') return 'service-free';
  if (input.insideFreeEntryPoint) return 'free-entry-point';
  if (input.category === 'UTILITY' && input.insideServiceWindow) return 'utility-in-service-window';
  return 'charged';
}

const WEBHOOK_TYPE: Record<PriceReason, Price['webhookType']> = {
  'service-free': 'free_customer_service',
  'free-entry-point': 'free_entry_point',
  'utility-in-service-window': 'free_customer_service',
  charged: 'regular',
};

/**
 * The price of one **delivered** message (see the module comment). Free-form messages are
 * always free; everything is free in a free entry point window; utility templates are free in
 * an open customer service window; marketing and authentication templates are charged even
 * inside it.
 */
export function priceOf(input: PriceInput, cards: PricingCard | readonly PricingCard[] = EXAMPLE_PRICING_CARD): Price {
  const card = Array.isArray(cards) ? pricingCardAt(cards, input.at) : (cards as PricingCard);
  const { market, rates } = marketRates(card, input.country);
  const reason = reasonFor(input);
  const amount = reason === 'charged' && input.category !== 'SERVICE' ? rates[input.category] : 0;
  return {
    amount,
    amountMicros: Math.round(amount * 1_000_000),
    currency: 'USD',
    billable: amount > 0,
    reason,
    category: input.category,
    market,
    cardId: card.id,
    exampleFigures: card.exampleFigures,
    pricingModel: input.at >= PER_MESSAGE_PRICING_SINCE ? 'PMP' : 'CBP',
    webhookType: WEBHOOK_TYPE[reason],
  };
}
