/** The executor's options, clock and what it reports (executor.ts). */
import type { NodeStats } from '../../../core/sim/result';
import type { TornTail } from './journal';
import type { PauseReason, RunStatus } from './journal-records';
import type { RunSpec } from './run-files';
import type { Sender } from './sender';

/** The wall clock and its timers, injectable so tests run on a virtual clock. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Retries of retryable errors: exponential backoff from `baseMs` to `maxMs`, with jitter. */
export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
  /** Attempts in all; the last retryable failure then follows the node's `failed` handle. */
  maxAttempts: number;
}

/** Where a test makes the process die, to prove the journal (soak and kill tests only). */
export type DiePoint = 'intent' | 'request' | 'answer';

export interface ExecutorOptions {
  /** The run's folder (run-files.ts). */
  dir: string;
  spec: RunSpec;
  sender: Sender;
  clock?: Clock;
  /** Uniform in [0, 1), for backoff jitter. */
  jitter?: () => number;
  /** Requests on the wire at once (default 256). */
  maxInFlight?: number;
  /** The throughput window: 1,000 ms plus a margin for the way to the server (default 1,020). */
  windowMs?: number;
  /**
   * How long a send whose outcome is unknown waits for a status webhook before it is uncertain
   * (default 30 s): then the sandbox's fence settles it, or, for Meta, the user decides (settler.ts).
   */
  settleMs?: number;
  retry?: Partial<RetryPolicy>;
  /** False skips fdatasync: logic tests only. */
  durable?: boolean;
  onProgress?: (snapshot: RunSnapshot) => void;
  progressEveryMs?: number;
  /** Benchmark hook: how late each tick ran after the time it was planned for, ms. */
  onTick?: (lagMs: number) => void;
  /** Test hook: called at each die point with how many times it was reached and the requests on the wire. */
  onDiePoint?: (point: DiePoint, count: number, inFlight: number) => void;
}

/** A send whose outcome a crash (or a timeout no webhook explained) left unknown. */
export interface UncertainSend {
  key: string;
  contact: number;
  phone: string | null;
  node: string;
  attempts: number;
}

/** What runs:get answers and progress events carry. */
export interface RunSnapshot {
  runId: string;
  journeyId: string;
  journeyName: string;
  channelId: string;
  status: RunStatus;
  /** Why the run paused by itself (a token or account error). */
  pause?: PauseReason;
  contacts: number;
  admitted: number;
  exited: number;
  inFlight: number;
  /** True when nothing is left to do but the uncertain sends' decisions (or nothing at all). */
  idle: boolean;
  uncertain: UncertainSend[];
  skipped: Record<string, number>;
  nodes: Record<string, NodeStats>;
  /** Contacts that took each link, by edge id (as the simulator counts them). */
  edges: Record<string, number>;
  errors: Record<string, number>;
  createdAt: string;
  lastEventAt: string;
  /** A torn journal tail cut when the run was opened. */
  torn: TornTail | null;
}
