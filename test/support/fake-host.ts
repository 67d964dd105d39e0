/**
 * A typed, in-memory HostApi for component tests: it answers like a real host (results as
 * data, the plain-text consent rule for secrets), records every call, and lets a test push
 * host events or make a call fail.
 */
import type {
  AppInfo,
  HostApi,
  HostCallName,
  HostError,
  HostEventName,
  HostEventPayload,
  HostResult,
  RunSnapshot,
  HostValue,
} from '../../core/api/host-api';
import { HostErrorCode } from '../../core/api/host-api';

export const fakeAppInfo: AppInfo = {
  name: 'Journey Studio for WhatsApp',
  version: '0.1.0-test',
  dataDir: '/home/tester/.config/journey-studio',
  host: 'web',
  secretStorage: 'user-file',
};

export type FakeHostCall = { name: HostCallName; args: unknown };

export type FakeHost = HostApi & {
  /** Every call made, in order. */
  readonly calls: FakeHostCall[];
  /** Secrets held, by key (the fake keeps them in memory). */
  readonly secretValues: Map<string, string>;
  /** Runs, by id: `runs:start` adds one; a test may add its own. */
  readonly runSnapshots: Map<string, RunSnapshot>;
  /** What `runs:report` answers, by run id (a test sets them; a run without one is not found). */
  readonly runReports: Map<string, HostValue<'runs:report'>>;
  /** What `channels:testConnection`, `templates:sync`, `templates:submit` and `channels:webhook` answer (a test sets them). */
  readonly channelAnswers: {
    connection: HostValue<'channels:testConnection'>;
    templates: HostValue<'templates:sync'>;
    submission: HostValue<'templates:submit'>;
    webhookPort: number;
  };
  /** Makes every call of `name` fail with `error` from now on; `null` makes them succeed again. */
  failCalls(name: HostCallName, error: HostError | null): void;
  /** Delivers an event to the current subscribers. */
  emit<E extends HostEventName>(event: E, payload: HostEventPayload<E>): void;
  /** How many listeners are subscribed to `event` now. */
  listenerCount(event: HostEventName): number;
};

export function createFakeHost(info: Partial<AppInfo> = {}): FakeHost {
  const appInfo: AppInfo = { ...fakeAppInfo, ...info };
  const calls: FakeHostCall[] = [];
  const secretValues = new Map<string, string>();
  const runSnapshots = new Map<string, RunSnapshot>();
  const runReports = new Map<string, HostValue<'runs:report'>>();
  const runAnswer = (runId: string, change: Partial<RunSnapshot> = {}): HostResult<RunSnapshot> => {
    const run = runSnapshots.get(runId);
    if (!run) return { ok: false, error: { code: 'runs/not-found', message: `no run ${runId}` } };
    Object.assign(run, change);
    return { ok: true, value: { ...run } };
  };
  const channelAnswers: FakeHost['channelAnswers'] = {
    connection: { displayName: 'Maison Durand', displayPhoneNumber: '+33 6 12 34 56 78', qualityRating: 'GREEN', messagingLimit: 2000 },
    templates: { templates: [], skipped: [] },
    submission: { id: '1234567890', status: 'PENDING', category: 'MARKETING' },
    webhookPort: 8790,
  };
  const failures = new Map<HostCallName, HostError>();
  const listeners = new Map<HostEventName, Set<(payload: never) => void>>();

  async function answer<T>(name: HostCallName, args: unknown, value: () => HostResult<T>): Promise<HostResult<T>> {
    calls.push({ name, args });
    const failure = failures.get(name);
    return failure ? { ok: false, error: failure } : value();
  }

  const host = {
    app: { info: (args) => answer('app:info', args, () => ({ ok: true, value: appInfo })) },
    secrets: {
      set: (args) =>
        answer('secrets:set', args, () => {
          if (appInfo.secretStorage === 'plaintext' && !args.allowPlainText) {
            return { ok: false, error: { code: HostErrorCode.plaintextNeedsConsent, message: 'No keyring: consent needed.' } };
          }
          secretValues.set(args.key, args.value);
          return { ok: true, value: { storage: appInfo.secretStorage } };
        }),
      has: (args) => answer('secrets:has', args, () => ({ ok: true, value: secretValues.has(args.key) })),
      clear: (args) => answer('secrets:clear', args, () => ({ ok: true, value: secretValues.delete(args.key) })),
    },
    runs: {
      start: (args) =>
        answer('runs:start', args, () => {
          const runId = `fake-run-${runSnapshots.size + 1}`;
          const contacts = Math.max(0, args.audienceCsv.trim().split('\n').length - 1);
          const at = '2026-01-01T00:00:00.000Z';
          runSnapshots.set(runId, {
            runId, journeyId: 'journey', journeyName: 'Journey', channelId: 'sandbox', status: 'running', contacts, admitted: 0, exited: 0,
            inFlight: 0, idle: false, uncertain: [], skipped: {}, nodes: {}, errors: {}, createdAt: at, lastEventAt: at, torn: null,
          });
          return runAnswer(runId);
        }),
      list: (args) => answer('runs:list', args, () => ({ ok: true, value: [...runSnapshots.values()].map((run) => ({ ...run })) })),
      get: (args) => answer('runs:get', args, () => runAnswer(args.runId)),
      pause: (args) => answer('runs:pause', args, () => runAnswer(args.runId, { status: 'paused' })),
      resume: (args) => answer('runs:resume', args, () => runAnswer(args.runId, { status: 'running' })),
      cancel: (args) => answer('runs:cancel', args, () => runAnswer(args.runId, { status: 'cancelled' })),
      resolveUncertain: (args) =>
        answer('runs:resolveUncertain', args, () => {
          const run = runSnapshots.get(args.runId);
          return runAnswer(args.runId, run ? { uncertain: run.uncertain.filter((send) => send.key !== args.key) } : {});
        }),
      report: (args) =>
        answer('runs:report', args, () => {
          const report = runReports.get(args.runId);
          return report ? { ok: true, value: report } : { ok: false, error: { code: 'runs/not-found', message: `no run ${args.runId}` } };
        }),
    },
    channels: {
      testConnection: (args) => answer('channels:testConnection', args, () => ({ ok: true, value: channelAnswers.connection })),
      webhook: (args) =>
        answer('channels:webhook', args, () => {
          const sandbox = args.channel.mode === 'sandbox';
          const path = sandbox ? '/sandbox/webhook' : `/webhooks/${String(args.channel.id)}`;
          const localUrl = `http://127.0.0.1:${channelAnswers.webhookPort}${path}`;
          return { ok: true, value: { localUrl, port: channelAnswers.webhookPort, path, ...(sandbox ? { sandboxUrl: 'http://127.0.0.1:43117' } : {}) } };
        }),
    },
    templates: {
      sync: (args) => answer('templates:sync', args, () => ({ ok: true, value: channelAnswers.templates })),
      // An edit keeps Meta's id and goes back to review, as the real host answers it.
      submit: (args) => answer('templates:submit', args, () => ({ ok: true, value: args.edit ? { id: args.edit.templateId, status: 'PENDING', category: args.template.category } : channelAnswers.submission })),
    },
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => void set.delete(listener);
    },
  } satisfies HostApi;

  return {
    ...host,
    calls,
    secretValues,
    runSnapshots,
    runReports,
    channelAnswers,
    failCalls(name, error) {
      if (error) failures.set(name, error);
      else failures.delete(name);
    },
    emit(event, payload) {
      for (const listener of [...(listeners.get(event) ?? [])]) (listener as (p: typeof payload) => void)(payload);
    },
    listenerCount: (event) => listeners.get(event)?.size ?? 0,
  };
}
