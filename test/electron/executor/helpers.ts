/**
 * Test support for the executor: a small journey and template, generated audiences, a run
 * folder, a virtual clock whose timers run in time order, and an in-process fake sender that
 * records every request it took (the stand-in for the sandbox's message record).
 */
import type { Clock } from '../../../electron/host/executor/executor-types';
import { createRunFiles, type RunSpec } from '../../../electron/host/executor/run-files';
import type { SendAnswer, SendRequest, Sender } from '../../../electron/host/executor/sender';
import { Channel } from '../../../core/journey/channel';
import { Journey } from '../../../core/journey/journey';
import { Template } from '../../../core/whatsapp/template';

export const START = Date.UTC(2026, 0, 5, 10, 0, 0);

export const welcomeTemplate = Template.parse({
  name: 'welcome', language: 'en', category: 'UTILITY', status: 'APPROVED',
  components: { body: { text: 'Hello {{1}}, welcome.' } },
});

/** A template node sending `welcome` with the contact's first name. */
const message = (id: string) => ({ id, type: 'whatsapp_template', data: { template: 'welcome', language: 'en', parameters: { '1': '{{contact.first_name}}' } } });

/** entry -> welcome (template) -> done; welcome's `failed` -> gave-up. */
export function oneMessageJourney(extra: Partial<Journey> = {}): Journey {
  return Journey.parse({
    id: 'j-one', name: 'One message', channel: 'ch', timezone: 'UTC',
    nodes: [
      { id: 'entry', type: 'entry', data: { source: 'audience' } },
      message('welcome'),
      { id: 'done', type: 'exit', data: {} },
      { id: 'gave-up', type: 'exit', data: {} },
    ],
    edges: [
      { id: 'e1', source: 'entry', target: 'welcome' },
      { id: 'e2', source: 'welcome', target: 'done' },
      { id: 'e3', source: 'welcome', sourceHandle: 'failed', target: 'gave-up' },
    ],
    ...extra,
  });
}

/** entry -> welcome -> wait `days` -> reminder -> done; either message's `failed` -> gave-up. */
export function waitJourney(days: number): Journey {
  return Journey.parse({
    id: 'j-wait', name: `Wait ${days} days`, channel: 'ch', timezone: 'UTC',
    nodes: [
      { id: 'entry', type: 'entry', data: { source: 'audience' } },
      message('welcome'),
      { id: 'wait', type: 'wait', data: { mode: 'duration', duration: { amount: days, unit: 'days' } } },
      message('reminder'),
      { id: 'done', type: 'exit', data: {} },
      { id: 'gave-up', type: 'exit', data: {} },
    ],
    edges: [
      { id: 'e1', source: 'entry', target: 'welcome' },
      { id: 'e2', source: 'welcome', target: 'wait' },
      { id: 'e3', source: 'welcome', sourceHandle: 'failed', target: 'gave-up' },
      { id: 'e4', source: 'wait', target: 'reminder' },
      { id: 'e5', source: 'reminder', target: 'done' },
      { id: 'e6', source: 'reminder', sourceHandle: 'failed', target: 'gave-up' },
    ],
  });
}

export function channel(over: Partial<Channel> = {}): Channel {
  return Channel.parse({ id: 'ch', displayName: 'Test', mode: 'sandbox', messagingLimit: null, throughputMps: 1000, ...over });
}

/** A CSV of `count` opted-in contacts with distinct phone numbers (+3361000000x). */
export function audienceCsv(count: number): string {
  const rows = ['phone,whatsapp_opt_in,marketing_opt_in,first_name'];
  for (let i = 0; i < count; i++) rows.push(`+336${String(10_000_000 + i)},true,true,Name${i}`);
  return `${rows.join('\n')}\n`;
}

export function makeRun(dataDir: string, count: number, over: Partial<RunSpec> = {}): { dir: string; spec: RunSpec } {
  const spec: RunSpec = {
    runId: 'run-test', journey: oneMessageJourney(), templates: [welcomeTemplate], channel: channel(),
    contacts: count, seed: 7, createdAt: START, ...over,
  };
  return { dir: createRunFiles(dataDir, spec, audienceCsv(count)), spec };
}

/** A clock whose timers run only when the test advances it, in time order. */
export class VirtualClock implements Clock {
  private timers: { at: number; seq: number; fn: () => void }[] = [];
  private seq = 0;

  constructor(public time = START) {}

  now(): number {
    return this.time;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const timer = { at: this.time + Math.max(0, ms), seq: this.seq++, fn };
    this.timers.push(timer);
    return timer;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((timer) => timer !== handle);
  }

  /** Runs timers (and the promise callbacks they start) until `done()` or nothing is due before `limit`. */
  async runUntil(done: () => boolean, limit = this.time + 7 * 24 * 3_600_000): Promise<void> {
    for (let guard = 0; guard < 1_000_000 && !done(); guard++) {
      await new Promise((resolve) => setImmediate(resolve));
      if (done()) return;
      this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = this.timers.shift();
      if (next === undefined) {
        // Real I/O (the audience file) may still be on its way: give it a moment of real time.
        for (let wait = 0; wait < 200 && this.timers.length === 0 && !done(); wait++) await new Promise((resolve) => setTimeout(resolve, 1));
        if (this.timers.length === 0) return;
        continue;
      }
      if (next.at > limit) {
        this.timers.unshift(next);
        return;
      }
      this.time = Math.max(this.time, next.at);
      next.fn();
    }
  }
}

/** What a fake Meta does with one request: answer now, or never (a request lost on the wire). */
export type FakeBehaviour = (request: SendRequest, attempt: number) => SendAnswer | 'hang';

/** An in-process stand-in for the Graph client: records each request with the clock's time. */
export class FakeSender implements Sender {
  readonly requests: { key: string; at: number; to: string; template?: string; parameters?: Record<string, string> }[] = [];
  private readonly attempts = new Map<string, number>();
  private serial = 0;

  constructor(
    private readonly clock: Clock,
    public behaviour: FakeBehaviour = () => ({ ok: true, wamid: '' }),
  ) {}

  send(request: SendRequest): Promise<SendAnswer> {
    const attempt = (this.attempts.get(request.key) ?? 0) + 1;
    this.attempts.set(request.key, attempt);
    const effect = request.effect;
    this.requests.push({
      key: request.key, at: this.clock.now(), to: request.contact.phone,
      ...(effect.type === 'send_template' ? { template: effect.template, parameters: effect.parameters } : {}),
    });
    const answer = this.behaviour(request, attempt);
    if (answer === 'hang') return new Promise(() => undefined);
    return Promise.resolve(answer.ok && answer.wamid === '' ? { ok: true, wamid: `wamid.${++this.serial}` } : answer);
  }

  /** Keys that reached the fake with an accepting answer, counted. */
  keyCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const request of this.requests) counts.set(request.key, (counts.get(request.key) ?? 0) + 1);
    return counts;
  }
}
