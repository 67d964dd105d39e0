/**
 * The discrete-event loop: arrivals (a cursor over the audience, never queued) merged with
 * the event heap, each event handed to the interpreter or the world, on a virtual clock.
 * The engine is also the interpreter's effect sink: it counts visits and exits, queues
 * timers and starts sends. Run it in batches so the caller can report progress and cancel.
 */
import { NodeKind } from '../interpreter/compiled';
import { onEntered, onTimer } from '../interpreter/handlers';
import { SKIP_REASONS, type EffectSink, type ExitReason } from '../interpreter/types';
import { projectQualityRating, blockRate } from '../whatsapp/quality';
import { HOUR_MS, Metric } from './counters';
import { onClick, onDelivered, onRead, onReply, onTap, onUndelivered } from './responses';
import type { SimulationProgress, SimulationResult } from './result';
import { onLimitRoom, onTick, requestSend } from './sending';
import { ContactFlag, EventKind, SimState, type SimSetup } from './sim-state';

const HOUR = HOUR_MS;

export class Simulation implements EffectSink {
  private readonly s: SimState;
  private readonly size: number;
  private readonly arrivalStart: number;
  /** Time between two arrivals (inbound and event entries spread over `arrivalHours`). */
  private readonly arrivalGap: number;
  private nextArrival = 0;
  private events = 0;
  private lastAt: number;
  private done = false;
  private stopped: SimulationResult['stopped'];

  constructor(
    readonly setup: SimSetup,
    private readonly maxEvents: number,
  ) {
    const s = new SimState(setup);
    s.sink = this;
    this.s = s;
    this.size = setup.audience.size;
    this.arrivalStart = setup.start;
    this.lastAt = setup.start;
    const { compiled } = setup;
    const entry = compiled.entry >= 0 ? compiled.specs[compiled.entry] : undefined;
    const spread = entry?.kind === NodeKind.Entry && entry.source !== 'audience' ? setup.world.arrivalHours * HOUR : 0;
    this.arrivalGap = this.size > 0 ? spread / this.size : 0;
  }

  // The interpreter's effects.

  visit(node: number, via: number): void {
    this.s.counters.count(node, Metric.entered);
    this.s.counters.follow(via);
    this.s.trace(this.s.current, this.s.ctx.now, 'visit', node);
  }

  sendTemplate(node: number, template: number): void {
    requestSend(this.s, this.s.current, node, template, this.s.ctx.now);
  }

  sendSession(node: number): void {
    requestSend(this.s, this.s.current, node, -1, this.s.ctx.now);
  }

  wake(at: number, token: number): void {
    this.s.scheduleTimer(this.s.table.node[this.s.current] as number, at, this.s.current, token);
    // The detail is built only for a traced contact: formatting a date per timer is not free.
    if (this.s.timelines.has(this.s.current)) this.s.trace(this.s.current, this.s.ctx.now, 'wait', this.s.table.node[this.s.current], new Date(at).toISOString());
  }

  updateContact(node: number): void {
    this.s.trace(this.s.current, this.s.ctx.now, 'update', node);
  }

  exit(node: number, reason: ExitReason): void {
    const { counters } = this.s;
    if (node >= 0) counters.count(node, Metric.exited);
    if (SKIP_REASONS.has(reason)) counters.skip(reason);
    counters.exited++;
    this.s.trace(this.s.current, this.s.ctx.now, 'exit', node, reason);
  }

  // The loop.

  /** Plays up to `budget` events; answers whether the simulation is over. */
  runBatch(budget: number): boolean {
    if (this.done) return true;
    const s = this.s;
    const heap = s.heap;
    const timers = s.timers;
    const end = this.events + budget;
    while (this.events < end) {
      if (this.events >= this.maxEvents) {
        this.stop('event_budget');
        return true;
      }
      // Three time-ordered sources: arrivals (a cursor), timer lanes and the heap; the earliest goes.
      const heapAt = heap.peekTime();
      const timerAt = timers.peekTime();
      const arrivalAt = this.nextArrival < this.size ? this.arrivalStart + this.nextArrival * this.arrivalGap : Number.POSITIVE_INFINITY;
      const at = Math.min(arrivalAt, timerAt, heapAt);
      // Nothing is queued after the horizon (SimState.schedule), so this ends the run.
      if (at > s.horizon) {
        this.done = true;
        return true;
      }
      s.now = at;
      this.lastAt = at;
      this.events++;
      if (arrivalAt === at) this.arrive(this.nextArrival++, at);
      else if (timerAt === at) {
        timers.pop();
        const c = timers.contact;
        s.focus(c, at);
        onTimer(s.compiled, s.table, c, timers.token, s.ctx, this);
      } else this.handle(heap.pop(), at);
    }
    return false;
  }

  /** Ends the run early (cancelled, or over its event budget). */
  stop(reason: NonNullable<SimulationResult['stopped']>): void {
    this.stopped = reason;
    this.done = true;
  }

  private arrive(i: number, t: number): void {
    const s = this.s;
    const contact = s.audience.get(i);
    s.table.initRow(i, contact);
    s.country[i] = s.world.countryOf(contact);
    if (s.world.stoppedMarketingRate > 0 && s.rng.chance(s.world.stoppedMarketingRate)) s.flags[i] = ContactFlag.StoppedMarketing;
    s.focus(i, t);
    s.trace(i, t, 'arrived');
    onEntered(s.compiled, s.table, i, s.ctx, this);
  }

  private handle(slot: number, t: number): void {
    const s = this.s;
    const pool = s.pool;
    const kind = pool.kind(slot);
    const c = pool.contact(slot);
    const node = pool.node(slot);
    const aux = pool.aux(slot);
    const price = pool.price(slot);
    pool.release(slot);
    switch (kind) {
      case EventKind.Timer:
        s.focus(c, t);
        return onTimer(s.compiled, s.table, c, aux, s.ctx, this);
      case EventKind.Tick:
        return onTick(s, t);
      case EventKind.Request:
        return requestSend(s, c, node, aux, t);
      case EventKind.Delivered:
        return onDelivered(s, c, node, aux, price, t);
      case EventKind.Read:
        return onRead(s, c, node, t);
      case EventKind.Reply:
        return onReply(s, c, node, aux, t);
      case EventKind.Tap:
        return onTap(s, c, node, aux, t);
      case EventKind.Click:
        return onClick(s, c, node, aux, t);
      case EventKind.Undelivered:
        return onUndelivered(s, c, node, t);
      case EventKind.LimitRoom:
        return onLimitRoom(s, t);
    }
  }

  progress(): SimulationProgress {
    return { events: this.events, now: this.s.now, arrived: this.nextArrival, exited: this.s.counters.exited, contacts: this.size };
  }

  /** Peak numbers of events queued in the heap and in the timer lanes (for benchmarks). */
  get peakQueued(): { heap: number; timers: number } {
    return { heap: this.s.heap.peak, timers: this.s.timers.peak };
  }

  result(): SimulationResult {
    const { counters, compiled, setup } = this.s;
    const iso = (t: number): string => new Date(t).toISOString();
    const feedback = { delivered: counters.delivered, blocks: counters.blocks };
    const cost = counters.cost(this.s.world.countries);
    const result: SimulationResult = {
      contacts: this.size,
      skipped: counters.skipCounts(),
      nodes: counters.nodeStats(compiled.ids),
      errors: counters.errorCounts(),
      cost: { currency: 'USD', ...cost },
      finishedAt: iso(this.lastAt),
      seed: setup.seed,
      start: iso(setup.start),
      edges: counters.edgeCounts(compiled),
      outcome: { exited: counters.exited, waiting: this.nextArrival - counters.exited, notArrived: this.size - this.nextArrival },
      quality: {
        ...feedback,
        blockRate: blockRate(feedback.blocks, feedback.delivered),
        projected: projectQualityRating(feedback, setup.channel.quality),
      },
      series: { hourMs: HOUR, sends: counters.sends, deliveries: counters.deliveries, replies: counters.replies },
      timelines: this.s.timelines.list(),
      events: this.events,
    };
    if (this.stopped !== undefined) result.stopped = this.stopped;
    return result;
  }
}
