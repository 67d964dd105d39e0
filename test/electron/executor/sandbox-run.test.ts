/**
 * The executor against META's sandbox on loopback: the real Graph client, signed webhooks and
 * the sandbox's message record as the judge of "each contact's send exactly once".
 */
import { describe, expect, it } from 'vitest';
import { parseSendKey } from '../../../electron/host/executor/journal-records';
import { openRunSession } from '../../../electron/host/executor/run-session';
import type { SandboxMessage } from '../../../electron/host/sandbox';
import { useTempDirs } from '../temp-dir';
import { channel, makeRun } from './helpers';

const tempDir = useTempDirs();

/**
 * Messages the sandbox holds per send (contact and node), whatever the key's generation: a
 * send resent after the fence carries a new key, and its first key arriving too would be a
 * second message of the same send.
 */
function sendCounts(messages: readonly SandboxMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of messages) {
    const send = parseSendKey('run-test', m.bizOpaqueCallbackData ?? '');
    const id = send === null ? `stray ${m.bizOpaqueCallbackData}` : `${send.contact}:${send.node}`;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
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
    expect(sendCounts(messages).size).toBe(10_000);
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
    const counts = sendCounts(messages);
    expect(snapshot.status).toBe('completed');
    expect(snapshot.uncertain).toEqual([]);
    expect(counts.size).toBe(1_500);
    expect([...counts.values()].filter((n) => n !== 1)).toEqual([]);
    expect(snapshot.nodes.welcome).toMatchObject({ entered: 1_500, sent: 1_500 });
  }, 60_000);

  // Requests that reach the sandbox after the client's timeout: long after (past every settle
  // period: the fence has refused their key by then) or soon after (before the fence: held).
  for (const [when, lateMs] of [['long after its client gave up (past every settle period)', 8_000], ['soon after its client gave up (before the fence)', 1_300]] as const) {
    it(`a request reaching the sandbox ${when} never makes a second message`, async () => {
      const { dir, spec } = makeRun(await tempDir(), 200, { createdAt: Date.now(), channel: channel({ throughputMps: 200 }) });
      const session = await openRunSession({ dir, spec, windowMs: 1_050, requestTimeoutMs: 1_000, settleMs: 1_500 });
      session.sandbox?.injectFaults({ lates: 12, lateMs });
      await session.executor.whenIdle();
      const snapshot = session.executor.snapshot();
      // Every late request has come by now, fenced or not.
      await new Promise((resolve) => setTimeout(resolve, lateMs + 500));
      const messages = session.sandbox?.messages() ?? [];
      const refusals = session.sandbox?.refusals() ?? {};
      await session.close();
      const counts = sendCounts(messages);
      expect(snapshot.status).toBe('completed');
      expect(snapshot.uncertain).toEqual([]);
      expect(counts.size).toBe(200);
      expect([...counts.entries()].filter(([, n]) => n !== 1)).toEqual([]);
      expect(snapshot.nodes.welcome).toMatchObject({ entered: 200, sent: 200 });
      // Long after: the 12 late requests were refused by the fence and resent under a new key.
      const resent = messages.filter((m) => (m.bizOpaqueCallbackData ?? '').split(':').length === 4).length;
      expect([refusals[100] ?? 0, resent]).toEqual(lateMs > 3_000 ? [12, 12] : [0, 0]);
    }, 60_000);
  }
});
