/**
 * Everything one simulation shares between its parts (the main loop, the send path, the
 * audience's responses): the compiled journey and contact table, the event queue, the world,
 * the capacity queues and the counters. Per-contact facts the world needs (country, blocked,
 * stopped marketing, last send) are typed-array columns too.
 */
import type { CompiledJourney } from '../interpreter/compiled';
import { ContactTable } from '../interpreter/contact-table';
import type { EffectSink, StepContext } from '../interpreter/types';
import type { Channel } from '../journey/channel';
import type { Contact } from '../journey/contact';
import type { WorldModel } from '../journey/world';
import type { PricingCard } from '../whatsapp/pricing';
import { throughputSlotMs } from '../whatsapp/throughput';
import { UniqueContactCounter } from '../whatsapp/unique-contact-counter';
import { RunCounters } from './counters';
import { EventHeap } from './event-heap';
import { EventPool } from './event-pool';
import { MetaGate, type SendAttempt } from './meta-gate';
import { PriceMemo } from './price-memo';
import { Prng } from './prng';
import { SendQueue } from './send-queue';
import { TimerLanes } from './timer-lanes';
import { Timelines } from './timelines';
import { WorldTable } from './world-table';

/** Kinds of queued events. */
export const EventKind = {
  /** An interpreter timer (aux: token). */
  Timer: 0,
  /** The next throughput slot is free. */
  Tick: 1,
  /** A send asks again after waiting for the pair rate or quiet hours (aux: template). */
  Request: 2,
  /** Meta's delivered status (aux: template; price: micro-dollars). */
  Delivered: 3,
  Read: 4,
  /** A text reply (aux: {@link Reply}). */
  Reply: 5,
  /** A tap on a quick reply or reply button (aux: button position). */
  Tap: 6,
  /** A tap on a URL button (aux: button position). */
  Click: 7,
  /** A sent message reported failed later: undeliverable, 131026. */
  Undelivered: 8,
  /** Room may have come back under the messaging limit. */
  LimitRoom: 9,
} as const;

/** What a text reply says: a STOP, or ordinary text (a keyword when one is awaited). */
export const Reply = { Text: -1, Stop: -2 } as const;

/** Per-contact world flags. */
export const ContactFlag = { Blocked: 1, StoppedMarketing: 2 } as const;

/** A source of contacts by row: an array, or rows built on demand. */
export interface AudienceSource {
  readonly size: number;
  get(index: number): Contact;
}

/** The inputs of {@link SimState}, already checked. */
export interface SimSetup {
  compiled: CompiledJourney;
  audience: AudienceSource;
  world: WorldModel;
  channel: Pick<Channel, 'messagingLimit' | 'throughputMps' | 'quality'>;
  start: number;
  seed: number;
  horizon: number;
  trace: readonly (number | string)[];
  pricingCard?: PricingCard;
  /** Every contact's events as they happen (reports' extracts); streamed, never stored here. */
  onEvent?: SimEventSink;
}

/**
 * Receives every timeline-worthy event of every contact as it is played: the same names and
 * details as {@link Timelines}, except that a button tap arrives as `button`, not `reply`.
 */
export type SimEventSink = (contact: number, at: number, event: string, node: string | undefined, detail: string | number | undefined) => void;

/** The step context's contact before the first event. */
const NOBODY: Contact = { phone: '+10000000000', whatsappOptIn: false, marketingOptIn: false, attributes: {} };

export class SimState {
  readonly compiled: CompiledJourney;
  readonly audience: AudienceSource;
  readonly table: ContactTable;
  readonly rng: Prng;
  readonly world: WorldTable;
  readonly heap = new EventHeap(4096);
  /** Interpreter timers, one lane per node (see timer-lanes.ts); the heap has the rest. */
  readonly timers: TimerLanes;
  readonly pool = new EventPool(4096);
  readonly counters: RunCounters;
  readonly timelines: Timelines;
  readonly onEvent: SimEventSink | undefined;
  readonly gate: MetaGate;
  readonly prices: PriceMemo;
  readonly country: Uint16Array;
  readonly flags: Uint8Array;
  readonly lastSend: Float64Array;
  /** The reused context of interpreter steps; `now` and `contact` are set per event. */
  readonly ctx: StepContext;
  /** The interpreter's sink (the engine), set once the engine exists. */
  sink!: EffectSink;
  /** The contact whose event is being played. */
  current = -1;
  now: number;
  readonly horizon: number;
  readonly slotMs: number;
  nextFree = Number.NEGATIVE_INFINITY;
  tickPending = false;
  readonly throughputQueue = new SendQueue();
  readonly limit: UniqueContactCounter | null;
  readonly limitQueue = new SendQueue();
  limitEventAt = Number.NaN;
  /** The send being checked by the gate, reused for every send. */
  readonly attempt: SendAttempt = {
    contact: -1,
    node: -1,
    template: -1,
    at: 0,
    person: NOBODY,
    country: 0,
    insideServiceWindow: false,
    blocked: false,
    stoppedMarketing: false,
  };

  constructor(readonly setup: SimSetup) {
    const { compiled, audience } = setup;
    this.compiled = compiled;
    this.audience = audience;
    this.table = ContactTable.for(compiled, audience.size);
    this.timers = new TimerLanes(compiled.ids.length);
    this.rng = new Prng(setup.seed);
    this.world = new WorldTable(setup.world);
    this.counters = new RunCounters(compiled.ids.length, setup.start, compiled.targets.length);
    this.timelines = new Timelines(audience, setup.trace);
    this.onEvent = setup.onEvent;
    this.gate = new MetaGate(compiled, this.table, this.world, this.rng);
    this.prices = new PriceMemo(this.world.countries, setup.pricingCard);
    this.country = new Uint16Array(audience.size);
    this.flags = new Uint8Array(audience.size);
    this.lastSend = new Float64Array(audience.size).fill(Number.NaN);
    this.now = setup.start;
    this.horizon = setup.horizon;
    this.slotMs = throughputSlotMs(setup.channel.throughputMps);
    const limit = setup.channel.messagingLimit;
    this.limit = limit === null ? null : new UniqueContactCounter(limit);
    const rng = this.rng;
    this.ctx = { now: setup.start, random: () => rng.uniform(), contact: NOBODY };
  }

  /** Queues an event; events after the horizon are never played, so they are not queued. */
  schedule(kind: number, at: number, contact: number, node: number, aux: number, price = 0): void {
    if (at > this.horizon) return;
    this.heap.push(at, this.pool.alloc(kind, contact, node, aux, price));
  }

  /** Queues an interpreter timer of contact `contact` waiting at `node`. */
  scheduleTimer(node: number, at: number, contact: number, token: number): void {
    if (at > this.horizon) return;
    if (!this.timers.push(node, at, contact, token)) this.schedule(EventKind.Timer, at, contact, node, token);
  }

  /** Points the step context at contact `c` at time `at`. */
  focus(c: number, at: number): void {
    this.current = c;
    this.ctx.now = at;
    this.ctx.contact = this.audience.get(c);
  }

  /** Whether contact `c`'s events are wanted (traced, or an event sink listens): guards costly details. */
  tracing(c: number): boolean {
    return this.timelines.has(c) || this.onEvent !== undefined;
  }

  /** Records a timeline entry if contact `c` is traced, and hands the event to the sink if any. */
  trace(c: number, at: number, event: string, node?: number, detail?: string | number, sinkEvent: string = event): void {
    const id = node === undefined || node < 0 ? undefined : this.compiled.ids[node];
    if (this.timelines.has(c)) this.timelines.add(c, at, event, id, detail);
    this.onEvent?.(c, at, sinkEvent, id, detail);
  }
}
