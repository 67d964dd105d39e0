/**
 * The sandbox's time: every delay (statuses, replies, template review, webhook retries) goes
 * through a Scheduler, so tests run a day of simulated recipients in milliseconds with the
 * ManualScheduler, and the app and CLI use the wall clock.
 */

export interface Scheduler {
  now(): number;
  /** Runs `task` after `delayMs`; the answer cancels it. */
  schedule(delayMs: number, task: () => void): () => void;
}

/** The wall clock and Node's timers; timers never keep the process alive on their own. */
export const systemScheduler: Scheduler = {
  now: () => Date.now(),
  schedule(delayMs, task) {
    const timer = setTimeout(task, Math.max(0, delayMs));
    timer.unref();
    return () => clearTimeout(timer);
  },
};

interface Pending {
  at: number;
  seq: number;
  task: () => void;
}

/** A clock that moves only when told to, running due tasks in time order. */
export class ManualScheduler implements Scheduler {
  private time: number;
  private seq = 0;
  private pending: Pending[] = [];

  constructor(start = Date.UTC(2026, 0, 15, 9)) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  schedule(delayMs: number, task: () => void): () => void {
    const entry: Pending = { at: this.time + Math.max(0, delayMs), seq: this.seq++, task };
    this.pending.push(entry);
    return () => {
      this.pending = this.pending.filter((p) => p !== entry);
    };
  }

  /** Tasks waiting to run. */
  get size(): number {
    return this.pending.length;
  }

  /**
   * Moves the clock by `ms`, running every task that falls due, including tasks scheduled by
   * those tasks within the span. Yields to the event loop between tasks so the HTTP calls
   * they start can make progress.
   */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      const next = this.nextDue(end);
      if (!next) break;
      this.pending = this.pending.filter((p) => p !== next);
      this.time = next.at;
      next.task();
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.time = end;
  }

  private nextDue(end: number): Pending | undefined {
    let best: Pending | undefined;
    for (const p of this.pending) {
      if (p.at <= end && (!best || p.at < best.at || (p.at === best.at && p.seq < best.seq))) best = p;
    }
    return best;
  }
}
