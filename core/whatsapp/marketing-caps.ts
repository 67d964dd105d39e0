/**
 * When Meta holds back a marketing template with 131049, apart from the user's own adaptive
 * cap (which only the simulator's world model can decide): the US block, and where the
 * per-user cap does not apply. Also which sends count toward the messaging limit.
 * Sources: whatsapp-rules.md §5.3, §7 ([Meta mirror] per-user marketing limits; zoho).
 */
import type { PricingCategory } from './pricing';

/** Marketing templates to US (+1, US area codes) numbers are not delivered since this date. */
export const US_MARKETING_BLOCK_SINCE = Date.UTC(2025, 3, 1);

/** EEA (EU 27, Iceland, Liechtenstein, Norway), UK, Japan and South Korea: no per-user marketing cap. */
const CAP_EXEMPT = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO', 'GB', 'JP', 'KR',
]);

function upper(country: string | null | undefined): string {
  return (country ?? '').trim().toUpperCase();
}

/**
 * Whether a marketing template to a number of `country` at `at` is refused outright (131049)
 * by the US marketing block. Utility and authentication templates still go through. Only the
 * ISO code US is treated as blocked; US territories with their own ISO code are not.
 */
export function isUsMarketingBlocked(input: { category: PricingCategory; country?: string | null; at: number }): boolean {
  return input.category === 'MARKETING' && upper(input.country) === 'US' && input.at >= US_MARKETING_BLOCK_SINCE;
}

/**
 * Whether Meta's adaptive per-user marketing cap can refuse this send (131049): marketing
 * templates only, not inside a customer service window the user opened, and not to users in
 * the EEA, the UK, Japan or South Korea.
 */
export function perUserMarketingCapApplies(input: { category: PricingCategory; country?: string | null; insideServiceWindow: boolean }): boolean {
  return input.category === 'MARKETING' && !input.insideServiceWindow && !CAP_EXEMPT.has(upper(input.country));
}

/**
 * Whether a send counts toward the portfolio messaging limit: business-initiated messages,
 * that is templates sent outside a customer service window. Replies inside a window never count.
 */
export function countsTowardMessagingLimit(input: { category: PricingCategory; insideServiceWindow: boolean }): boolean {
  return input.category !== 'SERVICE' && !input.insideServiceWindow;
}
