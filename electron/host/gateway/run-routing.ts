/**
 * Which run a webhook belongs to. Several runs may share one channel (one route of the
 * standing receiver); each must see only its own sends' statuses:
 * - a status goes to the run named by the send key it echoes in `biz_opaque_callback_data`
 *   (`RUN:CONTACT:NODE`, electron/host/executor sendKey), or, without a key, to the run that
 *   an earlier status of the same wamid went to; otherwise to nobody;
 * - an inbound message that answers a known wamid (`context.id`) goes to that wamid's run;
 *   any other goes to every run of the route, and each ignores senders outside its audience.
 */
import { parseSendKey } from '../executor/journal-records';
import { StatusTracker } from '../webhooks/status-tracker';
import type { InboundEvent, StatusEvent } from '../webhooks/webhook-events';

/** A run listening on a route: what the receiver hands it, once per new fact. */
export interface RunWebhookListener {
  runId: string;
  onStatus(status: StatusEvent): void | Promise<void>;
  onInbound(message: InboundEvent): void | Promise<void>;
}

/** Wamids remembered per route to route keyless statuses and replies; oldest forgotten first. */
const MAX_REMEMBERED_WAMIDS = 200_000;

/**
 * The run id inside a send key (`RUN:CONTACT:NODE`, or `RUN:CONTACT:NODE:GENERATION` for a
 * resent send), or null for anything else. A run id has no `:` (run-files.ts), so it is the
 * key's first part; executor's parseSendKey decides whether the rest is a send key.
 */
export function runIdOfSendKey(key: string): string | null {
  const runId = key.slice(0, key.indexOf(':'));
  return runId !== '' && parseSendKey(runId, key) !== null ? runId : null;
}

class Route {
  readonly tracker = new StatusTracker();
  readonly runs = new Map<string, RunWebhookListener>();
  private readonly wamidRun = new Map<string, string>();

  remember(wamid: string, runId: string): void {
    if (this.wamidRun.has(wamid)) return;
    if (this.wamidRun.size >= MAX_REMEMBERED_WAMIDS) this.wamidRun.delete(this.wamidRun.keys().next().value as string);
    this.wamidRun.set(wamid, runId);
  }

  runOfWamid(wamid: string | undefined): RunWebhookListener | undefined {
    const runId = wamid === undefined ? undefined : this.wamidRun.get(wamid);
    return runId === undefined ? undefined : this.runs.get(runId);
  }
}

export class RunRouting {
  private readonly routes = new Map<string, Route>();

  /** Hands the route's webhooks of `listener.runId` to it until the returned function is called. */
  subscribe(routeId: string, listener: RunWebhookListener): () => void {
    let route = this.routes.get(routeId);
    if (!route) this.routes.set(routeId, (route = new Route()));
    route.runs.set(listener.runId, listener);
    return () => {
      if (route.runs.get(listener.runId) === listener) route.runs.delete(listener.runId);
    };
  }

  /**
   * The route's duplicate filter, shared by every request to it (wamids are unique across runs).
   * A route no run ever listened on gets a throwaway one: requests to made-up paths keep nothing.
   */
  tracker(routeId: string): StatusTracker {
    return this.routes.get(routeId)?.tracker ?? new StatusTracker();
  }

  async status(routeId: string, status: StatusEvent): Promise<void> {
    const route = this.routes.get(routeId);
    if (!route) return;
    const keyed = status.bizOpaqueCallbackData === undefined ? null : runIdOfSendKey(status.bizOpaqueCallbackData);
    const run = keyed !== null ? route.runs.get(keyed) : route.runOfWamid(status.id);
    if (!run) return;
    route.remember(status.id, run.runId);
    await run.onStatus(status);
  }

  async inbound(routeId: string, message: InboundEvent): Promise<void> {
    const route = this.routes.get(routeId);
    if (!route) return;
    const answered = route.runOfWamid(message.contextId);
    for (const run of answered ? [answered] : [...route.runs.values()]) await run.onInbound(message);
  }
}
