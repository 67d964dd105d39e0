/**
 * A run's report from its journal: a real run of the executor against the sandbox on
 * loopback, then the extracts and metrics read back from the run's folder.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { openRunSession } from '../../../electron/host/executor/run-session';
import { runReportOf } from '../../../electron/host/reports/run-report';
import { handleHostCall } from '../../../electron/host/api/dispatch';
import { createHostHandlers } from '../../../electron/host/api/host-handlers';
import { createFileSecretStore } from '../../../electron/host/secrets/file-secret-store';
import { EXAMPLE_PRICING_CARD } from '../../../core/whatsapp/pricing';
import { useTempDirs } from '../temp-dir';
import { channel, makeRun } from '../executor/helpers';

const tempDir = useTempDirs();
const rows = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

describe('runReportOf', () => {
  it("writes each send's statuses and counts what the run counted", async () => {
    const dataDir = await tempDir();
    const { dir, spec } = makeRun(dataDir, 300, { createdAt: Date.now(), channel: channel({ throughputMps: 1_000, phoneNumber: '+33700000001' }) });
    const session = await openRunSession({ dir, spec, windowMs: 1_050 });
    await session.executor.whenIdle();
    const snapshot = session.executor.snapshot();
    await session.close();

    const report = runReportOf(dataDir, spec.runId);
    expect(report).not.toBeNull();
    const tracking = rows(report!.extracts.tracking);
    const sent = tracking.filter((r) => r.Status === 'sent');
    expect(sent).toHaveLength(snapshot.nodes.welcome!.sent);
    expect(new Set(sent.map((r) => r.Phone)).size).toBe(300);
    expect(sent[0]).toMatchObject({ Node: 'welcome', Message: 'welcome' });
    expect(sent.every((r) => /^\+336\d{8}$/.test(r.Phone!))).toBe(true);
    expect(tracking.filter((r) => r.Status === 'delivered')).toHaveLength(snapshot.nodes.welcome!.delivered);
    expect(report!.metrics.total.sent).toBe(snapshot.nodes.welcome!.sent);
    expect(report!.metrics.failuresByCode).toEqual(snapshot.errors);
    for (const row of rows(report!.extracts.inbound)) expect(row.Channel).toBe('+33700000001');

    // The series over time add up to the run's counts, and the cost is the delivered utility
    // templates at the "Other" rate (French numbers are not on the example card).
    const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0);
    expect(sum(report!.series.sends)).toBe(snapshot.nodes.welcome!.sent);
    expect(sum(report!.series.deliveries)).toBe(report!.metrics.total.delivered);
    expect(report!.series.start).toBe(new Date(spec.createdAt).toISOString());
    expect(report!.cost.byCategory.UTILITY).toBeCloseTo(report!.metrics.total.delivered * EXAMPLE_PRICING_CARD.other.UTILITY, 10);
    expect(report!.cost.byMarket).toEqual(report!.metrics.total.delivered > 0 ? { FR: report!.cost.total } : {});

    // The same report through the HostApi, as the renderer asks for it.
    const handlers = createHostHandlers({ host: 'web', dataDir, secrets: createFileSecretStore(dataDir) });
    const answer = await handleHostCall('runs:report', { runId: spec.runId }, handlers);
    expect(answer).toEqual({ ok: true, value: JSON.parse(JSON.stringify(report)) });
    expect(await handleHostCall('runs:report', { runId: 'nope' }, handlers)).toMatchObject({ ok: false, error: { code: 'runs/not-found' } });
  }, 60_000);

  it('answers null for a run that does not exist', async () => {
    expect(runReportOf(await tempDir(), 'no-such-run')).toBeNull();
  });
});
