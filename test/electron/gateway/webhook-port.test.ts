import { describe, expect, it } from 'vitest';
import { DEFAULT_WEBHOOK_PORT, webhookPortFrom } from '../../../electron/host/gateway';

describe('webhookPortFrom', () => {
  it('takes the flag, else WAJOURNEY_WEBHOOK_PORT, else 8790', () => {
    expect(DEFAULT_WEBHOOK_PORT).toBe(8790);
    expect(webhookPortFrom(undefined, {})).toBe(8790);
    expect(webhookPortFrom(undefined, { WAJOURNEY_WEBHOOK_PORT: '9100' })).toBe(9100);
    expect(webhookPortFrom('0', { WAJOURNEY_WEBHOOK_PORT: '9100' })).toBe(0);
  });

  it('names where a bad value came from', () => {
    expect(() => webhookPortFrom('http', {})).toThrow("invalid --webhook-port 'http': expected a number from 0 to 65535");
    expect(() => webhookPortFrom(undefined, { WAJOURNEY_WEBHOOK_PORT: '70000' })).toThrow(/invalid WAJOURNEY_WEBHOOK_PORT '70000'/);
  });
});
