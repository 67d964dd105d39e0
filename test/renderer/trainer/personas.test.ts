/**
 * Each trainer persona stepped through the sample promotion (a template, a two-day wait for a
 * reply, then a reminder) behaves as its name says, read off the timeline's events.
 */
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../core/journey';
import { simulate } from '../../../core/sim';
import type { Timeline } from '../../../core/sim';
import { deliveredMessages, LATE_REPLY_HOURS, optedOutAtSecond, personaSetup } from '../../../renderer/src/trainer/personas';
import type { Persona } from '../../../renderer/src/trainer/personas';
import { trainerSteps } from '../../../renderer/src/trainer/trainer-model';
import { CUSTOMER_SERVICE_WINDOW_MS } from '../../../core/whatsapp/window';
import { sampleInput } from '../simulation/sample';

const HOUR_MS = 3_600_000;

function play(persona: Persona, seed = 7): Timeline {
  const input = sampleInput(seed);
  const base = (input.audience as readonly Contact[])[0] as Contact;
  const setup = personaSetup(persona, base);
  const result = simulate({ ...input, audience: setup.contacts, world: setup.world }, { trace: setup.contacts.map((_, i) => i) });
  const timeline = setup.pick(result.timelines);
  if (!timeline) throw new Error(`no play of ${persona} shows its behaviour`);
  return timeline;
}

const events = (t: Timeline, event: string) => t.entries.filter((e) => e.event === event);
const time = (at: string) => Date.parse(at);

describe('trainer personas on the sample promotion', () => {
  it('never replies: reads both messages, writes nothing, and the wait for a reply times out into the reminder', () => {
    const timeline = play('never_replies');
    expect(events(timeline, 'reply')).toEqual([]);
    expect(events(timeline, 'click')).toEqual([]);
    expect(deliveredMessages(timeline)).toEqual(['promo', expect.stringMatching(/^reminder-/)]);
    expect(events(timeline, 'read').map((e) => e.node)).toEqual(deliveredMessages(timeline));
    // The two-day wait ran to its end: the reminder left exactly 48 hours after the wait began.
    const wait = events(timeline, 'wait')[0]!;
    const reminder = events(timeline, 'sent')[1]!;
    expect(time(reminder.at) - time(wait.at)).toBe(48 * HOUR_MS);
    // Never a message from the contact, so the service window never opens.
    expect(trainerSteps(timeline).every((s) => s.window === 'closed')).toBe(true);
  });

  it('replies after 30 hours: each reply comes exactly 30 hours after the message it answers, when its window had long closed', () => {
    const timeline = play('replies_after_30h');
    const replies = events(timeline, 'reply');
    expect(replies.length).toBeGreaterThan(0);
    for (const reply of replies) {
      const answered = timeline.entries.find((e) => e.event === 'delivered' && e.node === reply.node)!;
      expect(time(reply.at) - time(answered.at)).toBe(LATE_REPLY_HOURS * HOUR_MS);
      expect(time(reply.at) - time(answered.at)).toBeGreaterThan(CUSTOMER_SERVICE_WINDOW_MS);
    }
    // Until the first reply, the contact had never written: the window is closed all along, and the reply opens it.
    const steps = trainerSteps(timeline);
    const first = steps.findIndex((s) => s.entry.event === 'reply');
    expect(steps.slice(0, first).every((s) => s.window === 'closed')).toBe(true);
    expect(steps[first]?.window).toBe('open');
  });

  it('opts out after the second message: a STOP answering the second delivered message, nothing before it', () => {
    const timeline = play('opts_out_after_second');
    const replies = events(timeline, 'reply');
    expect(replies.map((r) => r.detail)).toEqual(['STOP']);
    const stopAt = timeline.entries.indexOf(replies[0]!);
    const delivered = deliveredMessages({ ...timeline, entries: timeline.entries.slice(0, stopAt) });
    expect(delivered).toHaveLength(2);
    expect(replies[0]?.node).toBe(delivered[1]);
    // Nothing is sent to the contact after its STOP.
    expect(timeline.entries.slice(stopAt).some((e) => e.event === 'sent')).toBe(false);
  });

  it('opts out after the second message for other seeds too (the copy that does is always found)', () => {
    for (const seed of [1, 2, 3, 42, 1234]) expect(optedOutAtSecond(play('opts_out_after_second', seed))).toBe(true);
  });

  it('no marketing opt-in: stopped at the first marketing template, nothing sent, the consent rule bites', () => {
    const timeline = play('no_marketing_opt_in');
    expect(events(timeline, 'sent')).toEqual([]);
    const steps = trainerSteps(timeline);
    expect(steps.at(-1)?.entry).toMatchObject({ event: 'exit', node: 'promo', detail: 'no_marketing_opt_in' });
    expect(steps.at(-1)?.rule).toBe('consent.marketing-opt-in');
  });

  it('is the same timeline for the same seed', () => {
    expect(play('opts_out_after_second')).toEqual(play('opts_out_after_second'));
  });

  it('finds no opt-out at the second message on a journey that sends only one', () => {
    const input = sampleInput();
    const promo = input.journey.nodes.find((n) => n.id === 'promo')!;
    const journey = {
      ...input.journey,
      nodes: [input.journey.nodes.find((n) => n.type === 'entry')!, promo, { id: 'done', type: 'exit' as const, position: { x: 0, y: 0 }, data: {} }],
      edges: [
        { id: 'a', source: 'entry', sourceHandle: 'out', target: 'promo' },
        { id: 'b', source: 'promo', sourceHandle: 'out', target: 'done' },
      ],
    };
    const setup = personaSetup('opts_out_after_second', (input.audience as readonly Contact[])[0] as Contact);
    const result = simulate({ ...input, journey, audience: setup.contacts, world: setup.world }, { trace: setup.contacts.map((_, i) => i) });
    expect(setup.pick(result.timelines)).toBeUndefined();
  });
});
