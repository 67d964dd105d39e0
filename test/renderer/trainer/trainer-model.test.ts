import { describe, expect, it } from 'vitest';
import { predictionChoices, ruleOf, trainerSteps } from '../../../renderer/src/trainer/trainer-model';
import { CUSTOMER_SERVICE_WINDOW_MS } from '../../../core/whatsapp/window';

const at = (h: number) => new Date(Date.UTC(2026, 11, 1) + h * 3_600_000).toISOString();

describe('trainer steps', () => {
  it('opens the window at a reply, shows it closing in its last hours, then closed', () => {
    const steps = trainerSteps({
      contact: 0,
      phone: '+33600000000',
      entries: [
        { at: at(0), event: 'visit', node: 'a' },
        { at: at(1), event: 'reply', node: 'a' },
        { at: at(2), event: 'visit', node: 'b' },
        { at: at(22), event: 'wait', node: 'b' },
        { at: at(26), event: 'failed', node: 'c', detail: '131047' },
      ],
    });
    expect(steps.map((s) => s.window)).toEqual(['closed', 'open', 'open', 'closing', 'closed']);
    expect(steps[1]?.windowLeftMs).toBe(CUSTOMER_SERVICE_WINDOW_MS);
    expect(steps.map((s) => s.node)).toEqual(['a', 'a', 'b', 'b', 'b']);
    expect(steps[4]?.rule).toBe('session.outside-window');
  });

  it('counts a window already open from the contact’s last message', () => {
    const [step] = trainerSteps({ contact: 0, phone: '+33600000000', entries: [{ at: at(0), event: 'visit', node: 'a' }] }, { lastInboundAt: at(-23) });
    expect(step?.window).toBe('closing');
  });

  it('opens the window on arrival when the journey starts on the contact’s message', () => {
    const entries = [{ at: at(0), event: 'arrived' }, { at: at(48), event: 'failed', node: 'f', detail: '131047' }];
    expect(trainerSteps({ contact: 0, phone: '+33600000000', entries }, { inboundEntry: true }).map((s) => s.window)).toEqual(['open', 'closed']);
  });

  it('names the rules that bite', () => {
    expect(ruleOf({ at: at(0), event: 'exit', detail: 'no_marketing_opt_in' })).toBe('consent.marketing-opt-in');
    expect(ruleOf({ at: at(0), event: 'held', detail: 'messaging limit' })).toBe('capacity.messaging-limit');
    expect(ruleOf({ at: at(0), event: 'delivered' })).toBeNull();
  });

  it('offers three distinct choices including the answer', () => {
    for (let i = 0; i < 12; i++) {
      const choices = predictionChoices('read', i);
      expect(new Set(choices).size).toBe(3);
      expect(choices).toContain('read');
    }
  });
});
