/**
 * Faults injected on demand, for the executor's tests and the soak: counts consume the next
 * sends (deterministic), rates draw from their own seeded generator (so injecting faults never
 * changes what the simulated recipients do). Send faults apply to `POST …/messages` only.
 */
import { Prng } from '../../../core/sim/prng';

export interface FaultCounts {
  /** The next N sends answer 500 with Meta's 131000 and are not recorded. */
  serverErrors?: number;
  /** The next N sends get no answer at all (the request is held until the client gives up); not recorded. */
  timeouts?: number;
  /** The next N sends ARE recorded, then the socket is destroyed before any answer. */
  drops?: number;
  /** The next N sends answer HTTP 429 with 130429 (a burst of throttling); not recorded. */
  throttles?: number;
  /**
   * The next N sends reach the sandbox late: each is handled `lateMs` after it came in, as if
   * it had spent that long on the way (a request its client may have given up on; recorded
   * then, unless its key was fenced meanwhile).
   */
  lates?: number;
  /** The next N webhooks are posted twice. */
  duplicateWebhooks?: number;
  /** The next N webhooks are held back, so the ones after overtake them. */
  reorderWebhooks?: number;
}

export type SendFault = 'serverError' | 'timeout' | 'drop' | 'throttle' | 'late';
export type WebhookFault = 'duplicate' | 'reorder';

/** Faults as given to startSandbox or injectFaults: counts, and probabilities per send or webhook. */
export interface Faults extends FaultCounts {
  rates?: { serverError?: number; timeout?: number; drop?: number; throttle?: number; late?: number; duplicate?: number; reorder?: number };
  /** How late a `late` send is handled (default 15 s: past the Graph client's usual timeout). */
  lateMs?: number;
}

const SEND_FAULTS: [SendFault, keyof FaultCounts][] = [
  ['throttle', 'throttles'],
  ['serverError', 'serverErrors'],
  ['timeout', 'timeouts'],
  ['drop', 'drops'],
  ['late', 'lates'],
];

export class FaultPlan {
  private counts: Required<FaultCounts> = { serverErrors: 0, timeouts: 0, drops: 0, throttles: 0, lates: 0, duplicateWebhooks: 0, reorderWebhooks: 0 };
  /** See Faults.lateMs. */
  lateMs = 15_000;
  private rates: NonNullable<Faults['rates']> = {};
  private readonly rng: Prng;

  constructor(seed: number) {
    this.rng = new Prng(seed ^ 0x5eed_fa17);
  }

  /** Adds counts to what is left, and replaces the rates when given. */
  inject(faults: Faults): void {
    for (const key of Object.keys(this.counts) as (keyof FaultCounts)[]) this.counts[key] += Math.max(0, faults[key] ?? 0);
    if (faults.rates) this.rates = { ...faults.rates };
    if (faults.lateMs !== undefined) this.lateMs = Math.max(0, faults.lateMs);
  }

  /** Clears every pending count and rate. */
  clear(): void {
    for (const key of Object.keys(this.counts) as (keyof FaultCounts)[]) this.counts[key] = 0;
    this.rates = {};
  }

  /** The fault of the next send, if any. */
  nextSend(): SendFault | null {
    for (const [fault, key] of SEND_FAULTS) {
      if (this.counts[key] > 0) {
        this.counts[key]--;
        return fault;
      }
    }
    for (const [fault] of SEND_FAULTS) {
      const rate = this.rates[fault] ?? 0;
      if (rate > 0 && this.rng.chance(rate)) return fault;
    }
    return null;
  }

  /** The fault of the next webhook, if any. */
  nextWebhook(): WebhookFault | null {
    if (this.counts.duplicateWebhooks > 0) {
      this.counts.duplicateWebhooks--;
      return 'duplicate';
    }
    if (this.counts.reorderWebhooks > 0) {
      this.counts.reorderWebhooks--;
      return 'reorder';
    }
    if ((this.rates.duplicate ?? 0) > 0 && this.rng.chance(this.rates.duplicate ?? 0)) return 'duplicate';
    if ((this.rates.reorder ?? 0) > 0 && this.rng.chance(this.rates.reorder ?? 0)) return 'reorder';
    return null;
  }
}
