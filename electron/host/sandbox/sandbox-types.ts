/** The sandbox's options, its record of accepted messages, and its handle. */
import type { Contact, QualityRating, WorldModel } from '../../../core/journey';
import type { MessagingLimit, Template } from '../../../core/whatsapp';
import type { Scheduler } from './clock';
import type { Faults } from './faults';
import type { SandboxDelays } from './simulated-recipients';

export interface SandboxOptions {
  /** 0 (the default) picks a free port on 127.0.0.1. */
  port?: number;
  /** Where signed webhooks go; none are sent without one. */
  webhookUrl?: string;
  /** Signs every webhook (X-Hub-Signature-256). */
  appSecret: string;
  /** Already reviewed, as their `status` says. */
  templates: readonly Template[];
  /** Rates of the simulated users (core world model; missing fields take its defaults). */
  world?: Partial<WorldModel>;
  /** Only this token is accepted; without it, any non-empty token is. */
  token?: string;
  seed?: number;
  faults?: Faults;
  /** Seeds each user's window from `last_inbound_at`, and their country. */
  audience?: readonly Contact[];
  /** Numbers (E.164 or digits) that are not on WhatsApp: their messages fail with 131026. */
  notOnWhatsApp?: readonly string[];
  /** Throughput of the number, messages per second (130429 beyond); default 80. */
  mps?: number;
  /** Messages tolerated at once to one user before the pair rate (131056) bites; default 10. */
  pairBurst?: number;
  /** How long template review takes; default 2 s. */
  reviewDelayMs?: number;
  delays?: Partial<SandboxDelays>;
  /** What simulated users write when they reply with text; default ["OK"]. */
  replyTexts?: readonly string[];
  /** Answer 131047/131026/131049/131050 in the HTTP answer instead of a `failed` webhook. */
  syncFailures?: boolean;
  scheduler?: Scheduler;
  phoneNumberId?: string;
  wabaId?: string;
  displayPhoneNumber?: string;
  displayName?: string;
  quality?: QualityRating;
  messagingLimit?: MessagingLimit;
  webhookRetry?: { maxAttempts?: number; retryBaseMs?: number };
}

/** One accepted message, as `GET /sandbox/messages` lists it. */
export interface SandboxMessage {
  id: string;
  to: string;
  type: string;
  template?: string;
  language?: string;
  /** When the sandbox accepted it, epoch ms. */
  timestamp: number;
  bizOpaqueCallbackData?: string;
  /** `accepted` until the first status, then the latest one sent. */
  status: 'accepted' | 'sent' | 'delivered' | 'read' | 'failed';
  errorCode?: number;
}

export interface Sandbox {
  /** Give this to the Graph client (or a channel's `graphBaseUrl`). */
  baseUrl: string;
  port: number;
  phoneNumberId: string;
  wabaId: string;
  close(): Promise<void>;
  messages(): SandboxMessage[];
  injectFaults(faults: Faults): void;
  clearFaults(): void;
  setWebhookUrl(url: string | undefined): void;
  /**
   * Adds the templates its WABA does not hold yet, reviewed as their `status` says (what an
   * app-lifetime sandbox learns from a run's frozen templates); answers how many were added.
   */
  seedTemplates(templates: readonly Template[]): number;
  /** A user writes in (opens their window and posts the inbound webhook); answers the message id. */
  inbound(from: string, text: string, options?: { fromAd?: boolean }): string;
  /** Refused sends by error code. */
  refusals(): Record<number, number>;
  /** Resolves when no webhook POST is in flight (retries wait on the scheduler). */
  idle(): Promise<void>;
}

export const SANDBOX_PHONE_NUMBER_ID = '100000000000001';
export const SANDBOX_WABA_ID = '200000000000001';
