/**
 * The sandbox's state and what happens to a message once accepted: its record, its statuses
 * (with the pricing object Meta attaches and the send's `biz_opaque_callback_data`) and the
 * users' answers, each posted as a signed webhook. The HTTP side lives in the routes.
 */
import { randomBytes } from 'node:crypto';
import { WorldModel } from '../../../core/journey';
import { Prng } from '../../../core/sim/prng';
import { DEFAULT_THROUGHPUT_MPS, lookupError, priceOf } from '../../../core/whatsapp';
import { systemScheduler, type Scheduler } from './clock';
import { FaultPlan } from './faults';
import { PairRateGate, TokenBucket } from './rate-gates';
import { RecipientBook, type Recipient } from './recipients';
import type { SandboxMessage, SandboxOptions } from './sandbox-types';
import { SANDBOX_PHONE_NUMBER_ID, SANDBOX_WABA_ID } from './sandbox-types';
import type { CheckedSend } from './send-validation';
import { DEFAULT_DELAYS, RecipientSimulator, type StatusName } from './simulated-recipients';
import { TemplateRegistry } from './template-registry';
import { WebhookOutbox } from './webhook-outbox';
import { inboundWebhook, statusWebhook, templateStatusWebhook, type BusinessNumber, type InboundItem } from './webhook-payloads';

export class SandboxCore {
  readonly scheduler: Scheduler;
  readonly business: BusinessNumber;
  readonly faults: FaultPlan;
  readonly throughput: TokenBucket;
  readonly pairs: PairRateGate;
  readonly templates: TemplateRegistry;
  readonly book: RecipientBook;
  readonly recipients: RecipientSimulator;
  readonly outbox: WebhookOutbox;
  readonly records: SandboxMessage[] = [];
  readonly refused = new Map<number, number>();
  /** The wamid of each accepted message's `biz_opaque_callback_data`, and the keys fenced off. */
  private readonly byKey = new Map<string, string>();
  private readonly fenced = new Set<string>();
  private readonly cancels = new Set<() => void>();
  private readonly tag = randomBytes(4).toString('hex');
  private counter = 0;
  private closed = false;

  constructor(readonly options: SandboxOptions) {
    const base = options.scheduler ?? systemScheduler;
    // Every timer is tracked, so close() leaves nothing behind to fire into a closed server.
    this.scheduler = {
      now: () => base.now(),
      schedule: (delayMs, task) => {
        const cancel = base.schedule(delayMs, () => {
          this.cancels.delete(cancel);
          if (!this.closed) task();
        });
        this.cancels.add(cancel);
        return () => {
          this.cancels.delete(cancel);
          cancel();
        };
      },
    };
    const seed = options.seed ?? 1;
    this.business = {
      wabaId: options.wabaId ?? SANDBOX_WABA_ID,
      phoneNumberId: options.phoneNumberId ?? SANDBOX_PHONE_NUMBER_ID,
      displayPhoneNumber: (options.displayPhoneNumber ?? '15550001234').replace(/\D/g, ''),
    };
    this.faults = new FaultPlan(seed);
    if (options.faults) this.faults.inject(options.faults);
    const mps = options.mps ?? DEFAULT_THROUGHPUT_MPS;
    this.throughput = new TokenBucket(mps, mps, this.scheduler.now());
    this.pairs = new PairRateGate(options.pairBurst);
    this.outbox = new WebhookOutbox(options.webhookUrl, { appSecret: options.appSecret, scheduler: this.scheduler, faults: this.faults, ...options.webhookRetry });
    this.templates = new TemplateRegistry(options.templates, this.scheduler, options.reviewDelayMs ?? 2_000, (update) =>
      this.outbox.send(templateStatusWebhook(this.business.wabaId, update)),
    );
    this.book = new RecipientBook(options.audience ?? [], options.notOnWhatsApp ?? []);
    const world = WorldModel.parse(options.world ?? {});
    const replies = options.replyTexts && options.replyTexts.length > 0 ? options.replyTexts : ['OK'];
    this.recipients = new RecipientSimulator(this.scheduler, world, new Prng(seed), this.book, { ...DEFAULT_DELAYS, ...options.delays }, replies);
  }

  /** A wamid unique to this sandbox instance (restarting never reissues an id). */
  nextId(): string {
    return `wamid.${Buffer.from(`sbx:${this.tag}:${++this.counter}`).toString('base64url')}`;
  }

  refuse(code: number): void {
    this.refused.set(code, (this.refused.get(code) ?? 0) + 1);
  }

  /** Records an accepted send and plays its outcome; `failure` is a webhook-reported error or 0. */
  accept(send: CheckedSend, recipient: Recipient, failure: number): SandboxMessage {
    const now = this.scheduler.now();
    const record: SandboxMessage = { id: this.nextId(), to: send.to, type: send.type, timestamp: now, status: 'accepted' };
    if (send.template) {
      record.template = send.template.template.name;
      record.language = send.template.template.language;
    }
    if (send.bizOpaqueCallbackData !== undefined) {
      record.bizOpaqueCallbackData = send.bizOpaqueCallbackData;
      this.byKey.set(send.bizOpaqueCallbackData, record.id);
    }
    this.records.push(record);
    const pricing = this.pricingOf(send, recipient, now);
    this.book.businessMessage(recipient, now);
    this.recipients.play(send, recipient, failure, {
      status: (status, code) => this.status(record, status, pricing, code),
      inbound: (item) => this.inbound(recipient, item, record.id),
    });
    return record;
  }

  /**
   * Settles send keys for a client that lost its answers: each key the record holds answers
   * its wamid; every other key is fenced, so that a request carrying it which is still on its
   * way is refused when it comes ({@link isFenced}). The sandbox is one thread and a send is
   * checked and recorded in one synchronous step (send-route.ts), so every send with such a
   * key was either recorded before this answer (held) or will be refused (fenced): "fenced"
   * means "never sent", with no timing argument. Meta has no such call.
   */
  fence(keys: readonly string[]): { held: Record<string, string>; fenced: string[] } {
    const held: Record<string, string> = {};
    const fenced: string[] = [];
    for (const key of keys) {
      const id = this.byKey.get(key);
      if (id !== undefined) held[key] = id;
      else {
        this.fenced.add(key);
        fenced.push(key);
      }
    }
    return { held, fenced };
  }

  isFenced(key: string | undefined): boolean {
    return key !== undefined && this.fenced.has(key);
  }

  /** A user's message: opens their window, then the inbound webhook. */
  inbound(recipient: Recipient, item: InboundItem, contextId?: string, fromAd = false): string {
    const at = this.scheduler.now();
    this.book.inbound(recipient, at, fromAd);
    const id = this.nextId();
    this.outbox.send(inboundWebhook(this.business, { id, from: recipient.waId, at, item, ...(contextId ? { contextId } : {}) }));
    return id;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const cancel of [...this.cancels]) cancel();
    this.outbox.close();
  }

  private status(record: SandboxMessage, status: StatusName, pricing: { billable: boolean; category: string; type: string }, code?: number): void {
    record.status = status;
    const item: Parameters<typeof statusWebhook>[1] = { id: record.id, status, at: this.scheduler.now(), recipientId: record.to };
    if (record.bizOpaqueCallbackData !== undefined) item.bizOpaqueCallbackData = record.bizOpaqueCallbackData;
    if (status === 'failed') {
      record.errorCode = code ?? 131026;
      const info = lookupError(record.errorCode);
      item.error = { code: record.errorCode, title: info.title, details: info.meaning.en };
    } else item.pricing = pricing;
    this.outbox.send(statusWebhook(this.business, item));
  }

  /** Meta prices a message by the window in force when it is sent (per-message pricing). */
  private pricingOf(send: CheckedSend, recipient: Recipient, at: number): { billable: boolean; category: string; type: string } {
    const price = priceOf({
      category: send.category,
      country: recipient.country ?? null,
      at,
      insideServiceWindow: this.book.windowOpen(recipient, at),
      insideFreeEntryPoint: this.book.insideFreeEntryPoint(recipient, at),
    });
    return { billable: price.billable, category: send.category.toLowerCase(), type: price.webhookType };
  }
}
