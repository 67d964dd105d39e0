/** A run as runs:get, progress events and the CLI's summary show it. */
import type { RunSnapshot, UncertainSend } from './executor-types';
import type { RunExecutor } from './executor';
import { sendKey } from './journal-records';

export function snapshotOf(x: RunExecutor): RunSnapshot {
  const { spec, book, engine, compiled } = x;
  const uncertain: UncertainSend[] = [...book.uncertain].sort((a, b) => a - b).map((c) => {
    const n = book.node[c] as number;
    return { key: sendKey(spec.runId, c, n, book.generation(c)), contact: c, phone: x.contactOf(c)?.phone ?? null, node: compiled.ids[n] as string, attempts: book.attempts[c] as number };
  });
  return {
    runId: spec.runId,
    journeyId: spec.journey.id,
    journeyName: spec.journey.name,
    channelId: spec.channel.id,
    status: x.status,
    ...(x.pauseReason ? { pause: x.pauseReason } : {}),
    contacts: spec.contacts,
    admitted: x.admitted,
    exited: engine.exitedCount,
    inFlight: book.inFlight,
    idle: x.idle,
    uncertain,
    skipped: engine.counters.skipCounts(),
    nodes: engine.counters.nodeStats(compiled.ids),
    edges: engine.counters.edgeCounts(compiled),
    errors: engine.counters.errorCounts(),
    createdAt: new Date(spec.createdAt).toISOString(),
    lastEventAt: new Date(Math.max(engine.lastAt, spec.createdAt)).toISOString(),
    torn: x.torn,
  };
}
