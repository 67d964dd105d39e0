import { describe, expect, it } from 'vitest';
import { countsTowardMessagingLimit, isUsMarketingBlocked, perUserMarketingCapApplies } from '../../../core/whatsapp/marketing-caps';
import type { PricingCategory } from '../../../core/whatsapp/pricing';

const AFTER = Date.UTC(2026, 0, 1);
const BEFORE = Date.UTC(2025, 2, 31);

describe('marketing caps', () => {
  it.each<[PricingCategory, string, number, boolean]>([
    ['MARKETING', 'US', AFTER, true],
    ['MARKETING', 'us', AFTER, true],
    ['MARKETING', 'US', BEFORE, false],
    ['UTILITY', 'US', AFTER, false],
    ['AUTHENTICATION', 'US', AFTER, false],
    ['MARKETING', 'CA', AFTER, false],
  ])('US block: %s to %s → %s', (category, country, at, blocked) => {
    expect(isUsMarketingBlocked({ category, country, at })).toBe(blocked);
  });

  it.each<[PricingCategory, string, boolean, boolean]>([
    ['MARKETING', 'IN', false, true],
    ['MARKETING', 'IN', true, false],
    ['MARKETING', 'FR', false, false],
    ['MARKETING', 'GB', false, false],
    ['MARKETING', 'KR', false, false],
    ['MARKETING', 'NO', false, false],
    ['UTILITY', 'IN', false, false],
  ])('per-user cap: %s to %s, in window %s → %s', (category, country, insideServiceWindow, applies) => {
    expect(perUserMarketingCapApplies({ category, country, insideServiceWindow })).toBe(applies);
  });

  it.each<[PricingCategory, boolean, boolean]>([
    ['MARKETING', false, true],
    ['UTILITY', false, true],
    ['MARKETING', true, false],
    ['SERVICE', true, false],
  ])('messaging limit: %s, in window %s → counts %s', (category, insideServiceWindow, counts) => {
    expect(countsTowardMessagingLimit({ category, insideServiceWindow })).toBe(counts);
  });
});
