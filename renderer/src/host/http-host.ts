import { z } from 'zod';
import { HostErrorCode, hostCalls } from '../../../core/api/host-api';
import type { HostApi, HostArgs, HostCallName, HostResult, HostValue } from '../../../core/api/host-api';
import { createEventHub } from './host-events';
import type { EventStream } from './host-events';
import { secretHeader } from './web-secret';

/** Errors the client itself reports, when no answer from the host can be used. */
export const clientErrorCode = {
  unreachable: 'host/unreachable',
  badResponse: 'host/bad-response',
} as const;

export type HttpHostOptions = {
  /** The per-launch secret, or null when the page was opened without one. */
  secret: string | null;
  /** Where the web host listens; empty means the page's own origin (the usual case). */
  baseUrl?: string;
  fetch?: typeof fetch;
  openEventStream?: (url: string) => EventStream;
};

const Failure = z.object({
  ok: z.literal(false),
  error: z.object({ code: z.string(), message: z.string() }),
});

function failure(code: string, message: string): { ok: false; error: { code: string; message: string } } {
  return { ok: false, error: { code, message } };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The HostApi over HTTP, for the renderer served by the web host. Each call is
 * `POST /api/<call name>` with the arguments as JSON and the secret in a header; the answer is
 * a HostResult. Nothing here throws: a network failure or an unreadable answer comes back as
 * `{ ok: false }` like any host error. Events come by server-sent events (which cannot send
 * headers, so the secret goes in the query string).
 */
export function createHttpHost(options: HttpHostOptions): HostApi {
  const { secret, baseUrl = '' } = options;
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const openStream = options.openEventStream ?? ((url) => new EventSource(url));

  async function call<N extends HostCallName>(name: N, args: HostArgs<N>): Promise<HostResult<HostValue<N>>> {
    if (secret === null) {
      return failure(HostErrorCode.forbidden, 'This page was opened without its access key: open the address the web host printed.');
    }
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [secretHeader]: secret },
        body: JSON.stringify(args),
      });
    } catch (error) {
      return failure(clientErrorCode.unreachable, `The web host did not answer: ${describe(error)}`);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return failure(clientErrorCode.badResponse, `The web host answered ${response.status} without JSON.`);
    }
    return readResult(name, body, response.status);
  }

  const events = createEventHub(() =>
    openStream(`${baseUrl}/api/events?k=${encodeURIComponent(secret ?? '')}`),
  );

  return {
    app: { info: (args) => call('app:info', args) },
    secrets: {
      set: (args) => call('secrets:set', args),
      has: (args) => call('secrets:has', args),
      clear: (args) => call('secrets:clear', args),
    },
    runs: {
      start: (args) => call('runs:start', args),
      list: (args) => call('runs:list', args ?? {}),
      get: (args) => call('runs:get', args),
      pause: (args) => call('runs:pause', args),
      resume: (args) => call('runs:resume', args),
      cancel: (args) => call('runs:cancel', args),
      resolveUncertain: (args) => call('runs:resolveUncertain', args),
      report: (args) => call('runs:report', args),
    },
    channels: {
      testConnection: (args) => call('channels:testConnection', args),
      webhook: (args) => call('channels:webhook', args),
    },
    templates: {
      sync: (args) => call('templates:sync', args),
      submit: (args) => call('templates:submit', args),
    },
    on: events.on,
  } satisfies HostApi;
}

/** Checks the answer against the call's result schema, so a component never sees a bad value. */
function readResult<N extends HostCallName>(name: N, body: unknown, status: number): HostResult<HostValue<N>> {
  const error = Failure.safeParse(body);
  if (error.success) return error.data;
  const success = z.object({ ok: z.literal(true), value: hostCalls[name].result }).safeParse(body);
  if (success.success) return { ok: true, value: success.data.value as HostValue<N> };
  return failure(clientErrorCode.badResponse, `The web host answered ${status} with an unexpected body for ${name}.`);
}
