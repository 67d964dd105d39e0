import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../core/journey';
import { simulate } from '../../../core/sim';
import { personaSetup } from '../../../renderer/src/trainer/personas';
import { predictionChoices, ruleOf, trainerSteps, WINDOW_MS } from '../../../renderer/src/trainer/trainer-model';
import { sampleInput } from '../simulation/sample';

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
    expect(steps[1]?.windowLeftMs).toBe(WINDOW_MS);
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

describe('personas', () => {
  const input = sampleInput();
  const base = (input.audience as readonly Contact[])[0] as Contact;
  const play = (persona: Parameters<typeof personaSetup>[0]) => {
    const setup = personaSetup(persona, base);
    const result = simulate({ ...input, audience: setup.contacts, world: setup.world }, { trace: setup.contacts.map((_, i) => i) });
    return setup.pick(result.timelines);
  };

  it('never replies: no reply in the timeline', () => {
    const timeline = play('never_replies');
    expect(timeline?.entries.some((e) => e.event === 'delivered')).toBe(true);
    expect(timeline?.entries.some((e) => e.event === 'reply')).toBe(false);
  });

  it('no marketing opt-in: stopped at the marketing template, the consent rule bites', () => {
    const steps = trainerSteps(play('no_marketing_opt_in')!);
    expect(steps.at(-1)?.entry.event).toBe('exit');
    expect(steps.at(-1)?.rule).toBe('consent.marketing-opt-in');
  });

  it('replies after 30 hours: the first reply comes 30 hours or more after entry', () => {
    const timeline = play('replies_after_30h')!;
    const reply = timeline.entries.find((e) => e.event === 'reply');
    expect(Date.parse(reply!.at) - Date.parse(timeline.entries[0]!.at)).toBeGreaterThanOrEqual(30 * 3_600_000);
  });

  it('is the same timeline for the same seed', () => {
    expect(play('replies_after_30h')).toEqual(play('replies_after_30h'));
  });
});
