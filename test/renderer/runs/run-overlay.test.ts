import { describe, expect, it } from 'vitest';
import { runOverlaySteps } from '../../../renderer/src/runs/run-overlay';
import { runEstimate } from '../../../renderer/src/runs/run-estimate';
import { nodeCounts } from './run-fixtures';

describe('a run drawn on the canvas', () => {
  it('gives message steps their sends and failures with the most frequent Meta error explained, other steps their entries only', () => {
    const steps = runOverlaySteps(
      { nodes: { entry: nodeCounts({ entered: 20 }), promo: nodeCounts({ entered: 20, sent: 18, delivered: 15, read: 9, replied: 2, failed: 2 }) }, errors: { '131049': 1, '131026': 3 } },
      'fr',
    );
    expect(steps.entry).toEqual({ entered: 20 });
    expect(steps.promo).toMatchObject({ entered: 20, sent: 18, delivered: 15, read: 9, replied: 2, failed: 2 });
    expect(steps.promo?.failure).toMatch(/^131026: .*WhatsApp/);
  });

  it('leaves the failure line out when nothing failed', () => {
    const steps = runOverlaySteps({ nodes: { promo: nodeCounts({ entered: 5, sent: 5 }) }, errors: {} }, 'en');
    expect(steps.promo).toEqual({ entered: 5, sent: 5, delivered: 0, read: 0, replied: 0 });
  });
});

describe('the estimate before a run', () => {
  const result = { contacts: 1000, skipped: { no_whatsapp_opt_in: 50, no_marketing_opt_in: 150 }, cost: { currency: 'USD' as const, total: 42.5, byCategory: { MARKETING: 42.5, UTILITY: 0, AUTHENTICATION: 0, SERVICE: 0 }, byMarket: { FR: 42.5 } } };

  it('admits the audience minus the contacts a consent rule skips, and stretches it over the messaging limit', () => {
    expect(runEstimate(result, { messagingLimit: 250 })).toMatchObject({ total: 1000, eligible: 800, cost: 42.5, currency: 'USD', forecast: { perDay: 250, days: 4 } });
  });

  it('needs one day without a limit or without a channel', () => {
    expect(runEstimate(result, { messagingLimit: null }).forecast).toMatchObject({ perDay: null, days: 1 });
    expect(runEstimate(result, undefined).forecast.days).toBe(1);
  });
});
