/**
 * Posting the sandbox's webhooks to the app's receiver as Meta does: signed with
 * X-Hub-Signature-256 over the exact bytes sent, retried on any non-200 or no answer with a
 * growing delay (Meta keeps trying for days; the sandbox gives up after a few attempts), and,
 * on demand, duplicated or held back so that later ones overtake them.
 */
import { Agent, request } from 'node:http';
import { signWebhookBody, SIGNATURE_HEADER } from '../webhooks/signature';
import type { Scheduler } from './clock';
import type { FaultPlan } from './faults';

export interface OutboxOptions {
  appSecret: string;
  scheduler: Scheduler;
  faults: FaultPlan;
  maxAttempts?: number;
  /** The first retry waits this long, then twice as long each time. */
  retryBaseMs?: number;
  /** How long a reordered webhook is held back. */
  reorderDelayMs?: number;
  /** Each attempt gives up after this long without an answer. */
  attemptTimeoutMs?: number;
}

export interface OutboxStats {
  posted: number;
  retried: number;
  abandoned: number;
}

export class WebhookOutbox {
  private url: string | undefined;
  private inFlight = 0;
  private waiters: (() => void)[] = [];
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 32 });
  readonly stats: OutboxStats = { posted: 0, retried: 0, abandoned: 0 };

  constructor(
    url: string | undefined,
    private readonly options: OutboxOptions,
  ) {
    this.url = url;
  }

  setUrl(url: string | undefined): void {
    this.url = url;
  }

  /** Queues one webhook body for delivery, applying the next webhook fault. */
  send(payload: Record<string, unknown>): void {
    if (this.url === undefined) return;
    const body = JSON.stringify(payload);
    const fault = this.options.faults.nextWebhook();
    if (fault === 'reorder') {
      this.options.scheduler.schedule(this.options.reorderDelayMs ?? 1_000, () => this.attempt(body, 1));
      return;
    }
    this.attempt(body, 1);
    if (fault === 'duplicate') this.attempt(body, 1);
  }

  /**
   * Resolves once no webhook POST is in flight. Retries and held-back webhooks wait on the
   * scheduler: with a manual clock, advance it and call this again.
   */
  idle(): Promise<void> {
    return this.inFlight === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }

  close(): void {
    this.url = undefined;
    this.agent.destroy();
  }

  private hold(): void {
    this.inFlight++;
  }

  private release(): void {
    this.inFlight--;
    if (this.inFlight === 0) for (const resolve of this.waiters.splice(0)) resolve();
  }

  private attempt(body: string, attempt: number): void {
    const url = this.url;
    if (url === undefined) return;
    this.hold();
    this.post(url, body).then((ok) => {
      if (ok) this.stats.posted++;
      else if (attempt < (this.options.maxAttempts ?? 5) && this.url !== undefined) {
        this.stats.retried++;
        const delay = (this.options.retryBaseMs ?? 200) * 2 ** (attempt - 1);
        this.options.scheduler.schedule(delay, () => this.attempt(body, attempt + 1));
      } else this.stats.abandoned++;
      this.release();
    });
  }

  private post(url: string, body: string): Promise<boolean> {
    return new Promise((resolve) => {
      const req = request(
        url,
        {
          method: 'POST',
          agent: this.agent,
          headers: {
            'Content-Type': 'application/json',
            'Content-Length': Buffer.byteLength(body),
            [SIGNATURE_HEADER]: signWebhookBody(body, this.options.appSecret),
          },
          timeout: this.options.attemptTimeoutMs ?? 10_000,
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode === 200));
          res.on('error', () => resolve(false));
        },
      );
      req.on('timeout', () => req.destroy());
      req.on('error', () => resolve(false));
      req.end(body);
    });
  }
}
