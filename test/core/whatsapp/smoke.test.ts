import { describe, expect, it } from 'vitest';
import * as wa from '../../../core/whatsapp';

describe('core/whatsapp barrel', () => {
  it('exposes the main entry points', () => {
    const t = { name: 'promo_hiver', category: 'MARKETING' as const, components: { header: { format: 'TEXT' as const, text: 'Bonjour {{1}}' }, body: { text: 'Profitez de {{2}} sur toute la collection.' } } };
    expect(wa.renderTemplate(t, { '1': 'Ana', '2': '-20%' }).body).toBe('Profitez de -20% sur toute la collection.');
    expect(wa.checkTemplateLimits(t)).toEqual([]);
    expect(wa.lookupError(131047).retryable).toBe('no');
    expect(wa.priceOf({ category: 'UTILITY', country: 'FR', at: Date.UTC(2026, 0, 1), insideServiceWindow: true, insideFreeEntryPoint: false }).amount).toBe(0);
    expect(wa.windowState(0, 1000).state).toBe('open');
    expect(new wa.UniqueContactCounter(1).add('a', 0).allowed).toBe(true);
  });
});
