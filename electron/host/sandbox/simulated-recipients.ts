/**
 * The users at the other end of the sandbox, driven by the core world model (ratesFor: the
 * simulator's rates, per country) and a seeded generator: a message accepted by the API is
 * then sent, delivered (or fails undeliverable, 131026), read, tapped or answered, each after
 * a delay with some jitter. Failures Meta reports by webhook rather than in the answer are
 * decided here too: outside the window (131047), not on WhatsApp or blocked (131026), and for
 * marketing the US block, the user's stop, and the per-user cap (131049/131050).
 * Every draw for a message is made when it is accepted, so a seed replays the same story for
 * the same sends.
 */
import { ratesFor, type WorldModel } from '../../../core/journey';
import type { Prng } from '../../../core/sim/prng';
import { isUsMarketingBlocked, perUserMarketingCapApplies } from '../../../core/whatsapp';
import type { Scheduler } from './clock';
import type { Recipient, RecipientBook } from './recipients';
import type { CheckedSend } from './send-validation';
import type { InboundItem } from './webhook-payloads';

export interface SandboxDelays {
  sentMs: number;
  deliveredMs: number;
  readMs: number;
  replyMs: number;
}

/** Fast by default: a run's webhooks arrive within seconds, not the hours real users take. */
export const DEFAULT_DELAYS: SandboxDelays = { sentMs: 20, deliveredMs: 150, readMs: 600, replyMs: 1_200 };

export type StatusName = 'sent' | 'delivered' | 'read' | 'failed';

export interface RecipientEvents {
  status(status: StatusName, errorCode?: number): void;
  inbound(item: InboundItem): void;
}

export class RecipientSimulator {
  constructor(
    private readonly scheduler: Scheduler,
    private readonly world: WorldModel,
    private readonly rng: Prng,
    private readonly book: RecipientBook,
    private readonly delays: SandboxDelays,
    private readonly replyTexts: readonly string[],
  ) {}

  /** The error Meta would report by webhook for this accepted send, or 0. */
  failureOf(send: CheckedSend, recipient: Recipient, at: number): number {
    if (recipient.notOnWhatsApp || recipient.blocked) return 131026;
    const windowOpen = this.book.windowOpen(recipient, at);
    if (send.category === 'SERVICE') return windowOpen ? 0 : 131047;
    if (send.category !== 'MARKETING') return 0;
    if (isUsMarketingBlocked({ category: 'MARKETING', country: recipient.country ?? null, at })) return 131049;
    if (recipient.stoppedMarketing) return 131050;
    if (perUserMarketingCapApplies({ category: 'MARKETING', country: recipient.country ?? null, insideServiceWindow: windowOpen })) {
      if (this.rng.chance(ratesFor(this.world, recipient.country).marketingCapRate)) return 131049;
    }
    return 0;
  }

  /** Plays what happens to an accepted message: `failure` (from failureOf) or its life on the phone. */
  play(send: CheckedSend, recipient: Recipient, failure: number, events: RecipientEvents): void {
    const at = (base: number) => base * (0.5 + this.rng.uniform());
    if (failure !== 0) {
      this.later(at(this.delays.sentMs), () => events.status('failed', failure));
      return;
    }
    const rates = ratesFor(this.world, recipient.country);
    const sentAt = at(this.delays.sentMs);
    this.later(sentAt, () => events.status('sent'));
    const deliveredAt = sentAt + at(this.delays.deliveredMs);
    if (!this.rng.chance(rates.deliveryRate)) {
      this.later(deliveredAt, () => events.status('failed', 131026));
      return;
    }
    const blocks = this.rng.chance(rates.blockRate);
    this.later(deliveredAt, () => {
      events.status('delivered');
      if (blocks) recipient.blocked = true;
    });
    if (blocks) return;
    if (this.rng.chance(rates.readRate)) this.later(deliveredAt + at(this.delays.readMs), () => events.status('read'));
    const replyAt = deliveredAt + at(this.delays.replyMs);
    if (this.rng.chance(rates.optOutRate)) {
      this.later(replyAt, () => {
        recipient.stoppedMarketing = true;
        events.inbound({ kind: 'text', text: 'STOP' });
      });
      return;
    }
    if (send.replies.length > 0 && this.rng.chance(rates.clickRate)) {
      const reply = send.replies[this.rng.below(send.replies.length)] as InboundItem;
      this.later(replyAt, () => events.inbound(reply));
      return;
    }
    if (this.rng.chance(rates.replyRate)) {
      const text = this.replyTexts[this.rng.below(this.replyTexts.length)] ?? 'OK';
      this.later(replyAt, () => events.inbound({ kind: 'text', text }));
    }
  }

  private later(delayMs: number, task: () => void): void {
    this.scheduler.schedule(Math.round(delayMs), task);
  }
}
