/**
 * The executor against META's sandbox on loopback: the real Graph client, signed webhooks and
 * the sandbox's message record as the judge of "each contact's send exactly once".
 */
import { describe, expect, it } from 'vitest';
import { openRunSession } from '../../../electron/host/executor/run-session';
import type { SandboxMessage } from '../../../electron/host/sandbox';
import { useTempDirs } from '../temp-dir';
import { channel, makeRun } from './helpers';

const tempDir = useTempDirs();

function keyCounts(messages: readonly SandboxMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of messages) if (m.bizOpaqueCallbackData) counts.set(m.bizOpaqueCallbackData, (counts.get(m.bizOpaqueCallbackData) ?? 0) + 1);
  return counts;
}

describe('executor against the sandbox on loopback', () => {
  it('runs 10,000 contacts to completion with exact counts', async () => {
    const { dir, spec } = makeRun(await tempDir(), 10_000, { createdAt: Date.now(), channel: channel({ throughputMps: 1_000 }) });
    const session = await openRunSession({ dir, spec, windowMs: 1_050 });
    await session.executor.whenIdle();
    const snapshot = session.executor.snapshot();
    const messages = session.sandbox?.messages() ?? [];
    const refusals = session.sandbox?.refusals() ?? {};
    await session.close();
    expect(snapshot.status).toBe('completed');
    expect(snapshot.nodes.welcome).toMatchObject({ entered: 10_000, sent: 10_000 });
    expect(snapshot.nodes.done?.exited).toBe(10_000);
    expect(messages).toHaveLength(10_000);
    expect(keyCounts(messages).size).toBe(10_000);
    expect(refusals[130429] ?? 0).toBe(0);
  }, 60_000);

  it('under 5xx, timeouts, dropped answers, 429 bursts and duplicate or reordered webhooks, sends each contact exactly once', async () => {
    const { dir, spec } = makeRun(await tempDir(), 1_500, { createdAt: Date.now(), channel: channel({ throughputMps: 500 }) });
    const session = await openRunSession({ dir, spec, windowMs: 1_050, requestTimeoutMs: 3_000, settleMs: 4_000, retry: { baseMs: 50, maxMs: 500, maxAttempts: 20 } });
    session.sandbox?.injectFaults({ serverErrors: 40, timeouts: 15, drops: 15, throttles: 60, duplicateWebhooks: 200, reorderWebhooks: 200, rates: { serverError: 0.01, duplicate: 0.05, reorder: 0.05 } });
    await session.executor.whenIdle();
    const snapshot = session.executor.snapshot();
    const messages = session.sandbox?.messages() ?? [];
    await session.close();
    const counts = keyCounts(messages);
    expect(snapshot.status).toBe('completed');
    expect(snapshot.uncertain).toEqual([]);
    expect(counts.size).toBe(1_500);
    expect([...counts.values()].filter((n) => n !== 1)).toEqual([]);
    expect(snapshot.nodes.welcome).toMatchObject({ entered: 1_500, sent: 1_500 });
  }, 60_000);
});
