/**
 * The one contract between the renderer and its host (Electron main or the web host).
 *
 * Every call is named `domain:action`, has a zod schema for its arguments and its result, and
 * answers a {@link HostResult} so that errors cross the bridge as data. Main, preload, the web
 * host and the renderer all type themselves against this file: adding a call here fails to
 * compile until every side implements it.
 */
import { z } from 'zod';
import { Template } from '../whatsapp/template';
import { Journey } from '../journey/journey';
import type { ReportMetrics } from '../reports/metrics';

export const HostKind = z.enum(['electron', 'web']);
export type HostKind = z.infer<typeof HostKind>;

export const SecretStorageKind = z.enum(['encrypted', 'plaintext', 'user-file']);
export type SecretStorageKind = z.infer<typeof SecretStorageKind>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  dataDir: z.string(),
  host: HostKind,
  /** How secrets are kept: `plaintext` means the OS offers no keyring (Linux basic_text). */
  secretStorage: SecretStorageKind,
});
export type AppInfo = z.infer<typeof AppInfo>;

/** Secret names are fixed: a channel id plus the kind of secret. */
export const SecretKey = z
  .string()
  .regex(/^[a-zA-Z0-9_-]{1,64}:(token|app-secret|verify-token)$/, 'expected CHANNEL:token|app-secret|verify-token');
export type SecretKey = z.infer<typeof SecretKey>;

const Empty = z.object({}).strict();

const NodeCounts = z.object({
  entered: z.number(), sent: z.number(), delivered: z.number(), read: z.number(),
  replied: z.number(), clicked: z.number(), failed: z.number(), exited: z.number(),
});

/** A run as the executor reports it: status, counts per node, and the sends a crash left uncertain. */
export const RunSnapshot = z.object({
  runId: z.string(),
  journeyId: z.string(),
  journeyName: z.string(),
  channelId: z.string(),
  status: z.enum(['running', 'paused', 'cancelled', 'completed']),
  /** Why the run paused by itself (a token or account error: 190, 131031, 368). */
  pause: z.object({ code: z.number(), message: z.string() }).optional(),
  contacts: z.number(),
  admitted: z.number(),
  exited: z.number(),
  inFlight: z.number(),
  idle: z.boolean(),
  uncertain: z.array(z.object({ key: z.string(), contact: z.number(), phone: z.string().nullable(), node: z.string(), attempts: z.number() })),
  skipped: z.record(z.string(), z.number()),
  nodes: z.record(z.string(), NodeCounts),
  /** Contacts that took each link, by edge id; absent in a snapshot from before links were counted. */
  edges: z.record(z.string(), z.number()).optional(),
  errors: z.record(z.string(), z.number()),
  createdAt: z.string(),
  lastEventAt: z.string(),
  torn: z.object({ offset: z.number(), bytes: z.number(), reason: z.string() }).nullable(),
});
export type RunSnapshot = z.infer<typeof RunSnapshot>;

const RunRef = z.object({ runId: z.string().min(1).max(100) }).strict();

const Counts = z.array(z.number().int().nonnegative());

/** Sends, deliveries, reads and replies per bucket from `start` (core/reports series.ts). */
export const RunSeries = z.object({
  start: z.string(),
  bucketMs: z.number().int().positive(),
  sends: Counts,
  deliveries: Counts,
  reads: Counts,
  replies: Counts,
});

/** What the run's delivered messages cost, as a simulation result's `cost` (core/reports run-cost.ts). */
export const RunCostValue = z.object({
  currency: z.literal('USD'),
  total: z.number().nonnegative(),
  byCategory: z.record(z.enum(['MARKETING', 'UTILITY', 'AUTHENTICATION', 'SERVICE']), z.number().nonnegative()),
  byMarket: z.record(z.string(), z.number().nonnegative()),
  byNode: z.record(z.string(), z.number().nonnegative()),
});

/**
 * A run's report from its journal (core/reports): measures, the three CSV extracts, the series
 * over time and the cost, with the journey revision the run froze at its start, so the report
 * describes what ran even after the workspace's journey was edited or deleted.
 */
export const RunReportValue = z.object({
  metrics: z.custom<ReportMetrics>((value) => typeof value === 'object' && value !== null),
  extracts: z.object({ tracking: z.string(), inbound: z.string(), potentialUnsubscribe: z.string() }),
  series: RunSeries,
  cost: RunCostValue,
  journey: Journey,
});

/** A channel of the workspace, as the host needs it to reach Meta; its token stays in the host's secret store. */
const ChannelRef = z.object({ channel: z.record(z.string(), z.unknown()) }).strict();

/** A phone number's standing at Meta, as a connection test reads it. */
export const ConnectionInfo = z.object({
  displayName: z.string(),
  displayPhoneNumber: z.string(),
  qualityRating: z.string(),
  /** Unique contacts per rolling 24 hours; null is unlimited; absent when Meta did not say. */
  messagingLimit: z.number().nullable().optional(),
  status: z.string().optional(),
});
export type ConnectionInfo = z.infer<typeof ConnectionInfo>;

/** Meta's answer to a template submission. */
export const TemplateSubmission = z.object({ id: z.string(), status: z.string(), category: z.string().optional() });
export type TemplateSubmission = z.infer<typeof TemplateSubmission>;

/**
 * Which template at Meta a submission edits: Meta's id for it (digits, as Meta gives them) and
 * whether the edit changes its category (sent only then: Meta lets only a rejected or paused one).
 */
export const TemplateEditRef = z.object({ templateId: z.string().regex(/^\d{1,40}$/, 'expected Meta\'s numeric template id'), changesCategory: z.boolean().optional() }).strict();
export type TemplateEditRef = z.infer<typeof TemplateEditRef>;

/**
 * The channel's address on the app's webhook receiver: `localUrl` = `http://127.0.0.1:<port><path>`;
 * for a sandbox channel, `sandboxUrl` is where the app's running sandbox answers.
 */
export const ChannelWebhook = z.object({ localUrl: z.string(), port: z.number().int().positive(), path: z.string(), sandboxUrl: z.string().optional() });
export type ChannelWebhook = z.infer<typeof ChannelWebhook>;

export const hostCalls = {
  'app:info': { args: Empty, result: AppInfo },
  'secrets:set': {
    args: z
      .object({
        key: SecretKey,
        value: z.string().min(1).max(8192),
        /** The user agreed to keep it in a plain-text store where no keyring exists. */
        allowPlainText: z.boolean().optional(),
      })
      .strict(),
    result: z.object({ storage: SecretStorageKind }),
  },
  'secrets:has': { args: z.object({ key: SecretKey }).strict(), result: z.boolean() },
  'secrets:clear': { args: z.object({ key: SecretKey }).strict(), result: z.boolean() },
  /** Starts a run; refused (`runs/has-errors`) for a journey with an error finding. */
  'runs:start': {
    args: z
      .object({
        /** The journey file's text: the revision the run freezes, with its templates. */
        journeyFile: z.string().min(1).max(20_000_000),
        audienceCsv: z.string().min(1).max(500_000_000),
        /** The channel to run on (its token stays in the host's secret store). */
        channel: z.record(z.string(), z.unknown()).optional(),
      })
      .strict(),
    result: RunSnapshot,
  },
  'runs:list': { args: Empty, result: z.array(RunSnapshot) },
  'runs:get': { args: RunRef, result: RunSnapshot },
  'runs:pause': { args: RunRef, result: RunSnapshot },
  'runs:resume': { args: RunRef, result: RunSnapshot },
  'runs:cancel': { args: RunRef, result: RunSnapshot },
  /** The run's measures, its tracking, inbound and potential-unsubscribe extracts, series over time and cost, from its journal. */
  'runs:report': { args: RunRef, result: RunReportValue },
  /** The user's decision on a send a crash left uncertain: it went, or send it again. */
  'runs:resolveUncertain': {
    args: z.object({ runId: z.string().min(1).max(100), key: z.string().min(1).max(200), decision: z.enum(['sent', 'resend']) }).strict(),
    result: RunSnapshot,
  },
  /** Reads the channel's phone number at Meta with its stored token: display name, quality, messaging limit. */
  'channels:testConnection': { args: ChannelRef, result: ConnectionInfo },
  /** The WhatsApp Business Account's templates at Meta, as the app's templates; `skipped` names those it cannot read. */
  'templates:sync': { args: ChannelRef, result: z.object({ templates: z.array(Template), skipped: z.array(z.string()) }) },
  /**
   * Submits a template for review to the channel's WABA (POST /{WABA}/message_templates) and
   * answers Meta's reply; the outcome (approved or rejected) comes later, read by `templates:sync`.
   * With `edit`, the template Meta already holds under that id is edited instead (POST
   * /{template-id}: one edit a day and ten in 30 days for an approved one) and goes back to review.
   */
  'templates:submit': {
    args: z.object({ channel: z.record(z.string(), z.unknown()), template: Template, edit: TemplateEditRef.optional() }).strict(),
    result: TemplateSubmission,
  },
  /** Where the app's standing webhook receiver listens for this channel (the public tunnel forwards there). */
  'channels:webhook': { args: ChannelRef, result: ChannelWebhook },
} as const;

export type HostCallName = keyof typeof hostCalls;
export type HostArgs<N extends HostCallName> = z.input<(typeof hostCalls)[N]['args']>;
export type HostValue<N extends HostCallName> = z.infer<(typeof hostCalls)[N]['result']>;

export type HostError = { code: string; message: string };
export type HostResult<T> = { ok: true; value: T } | { ok: false; error: HostError };

/** Error codes a caller can branch on. */
export const HostErrorCode = {
  invalidArgs: 'invalid-args',
  forbidden: 'forbidden',
  unknownCall: 'unknown-call',
  plaintextNeedsConsent: 'secrets/plaintext-needs-consent',
  internal: 'internal',
} as const;

/** Events the host pushes to the renderer (progress of long work). */
export const hostEvents = {
  progress: z.object({
    task: z.string(),
    done: z.number().nonnegative(),
    total: z.number().nonnegative(),
    label: z.string().optional(),
  }),
  /** A run's progress, at most every half second and at each status change. */
  'run-progress': RunSnapshot,
} as const;
export type HostEventName = keyof typeof hostEvents;
export type HostEventPayload<E extends HostEventName> = z.infer<(typeof hostEvents)[E]>;

type Call<N extends HostCallName> = (args: HostArgs<N>) => Promise<HostResult<HostValue<N>>>;

/**
 * What the renderer holds: one named method per call, grouped by domain, plus a subscription
 * to events. The preload and the HTTP client both end with `satisfies HostApi`.
 */
export type HostApi = {
  app: { info: Call<'app:info'> };
  secrets: { set: Call<'secrets:set'>; has: Call<'secrets:has'>; clear: Call<'secrets:clear'> };
  runs: {
    start: Call<'runs:start'>;
    list: Call<'runs:list'>;
    get: Call<'runs:get'>;
    pause: Call<'runs:pause'>;
    resume: Call<'runs:resume'>;
    cancel: Call<'runs:cancel'>;
    resolveUncertain: Call<'runs:resolveUncertain'>;
    report: Call<'runs:report'>;
  };
  channels: { testConnection: Call<'channels:testConnection'>; webhook: Call<'channels:webhook'> };
  templates: { sync: Call<'templates:sync'>; submit: Call<'templates:submit'> };
  /** Subscribes to a host event; returns the function that unsubscribes. */
  on<E extends HostEventName>(event: E, listener: (payload: HostEventPayload<E>) => void): () => void;
};

/** The host side: one handler per call, given arguments already validated. */
export type HostHandlers = { [N in HostCallName]: (args: z.infer<(typeof hostCalls)[N]['args']>) => Promise<HostValue<N>> };
