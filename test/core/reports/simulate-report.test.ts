/**
 * A simulation's report: the event sink leaves the simulator's answer unchanged, and the
 * extracts and metrics agree with the simulator's own counts for the sample promotion.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { simulateWithReport, TRACKING_HEADER } from '../../../core/reports';
import { simulate } from '../../../core/sim';
import { sampleChannel, sampleInput } from './sample';

const CHANNEL = sampleChannel.phoneNumber ?? sampleChannel.id;
const rows = (csv: string): Record<string, string>[] => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

describe('simulateWithReport on the sample promotion', () => {
  const input = sampleInput();
  const report = simulateWithReport(input, { channel: CHANNEL });
  const nodes = Object.values(report.result.nodes);

  it('answers exactly what simulate answers without a sink', () => {
    expect(JSON.stringify(report.result)).toBe(JSON.stringify(simulate(input)));
  });

  it('writes one tracking line per status the simulator counted', () => {
    const tracking = rows(report.extracts.tracking);
    expect(report.extracts.tracking.split('\r\n')[0]).toBe(TRACKING_HEADER.join(','));
    const count = (status: string) => tracking.filter((r) => r.Status === status).length;
    expect(count('sent')).toBe(sum(nodes.map((n) => n.sent)));
    expect(count('delivered')).toBe(sum(nodes.map((n) => n.delivered)));
    expect(count('read')).toBe(sum(nodes.map((n) => n.read)));
    expect(count('failed')).toBe(sum(nodes.map((n) => n.failed)));
    expect(count('sent')).toBeGreaterThan(0);
    for (const row of tracking.filter((r) => r.Status === 'failed')) {
      expect(row.ErrorCode).toMatch(/^\d+$/);
      expect(row.ErrorReason!.length).toBeGreaterThan(0);
    }
  });

  it('lists each inbound message with the channel, and the metrics match the counts', () => {
    const inbound = rows(report.extracts.inbound);
    expect(inbound.length).toBeGreaterThan(0);
    for (const row of inbound) {
      expect(row.Channel).toBe(CHANNEL);
      expect(['text', 'button']).toContain(row.MessageType);
      expect(row.Phone).toMatch(/^\+\d+$/);
    }
    const { total, failuresByCode } = report.metrics;
    expect(total.sent).toBe(sum(nodes.map((n) => n.sent)));
    expect(total.delivered).toBe(sum(nodes.map((n) => n.delivered)));
    expect(failuresByCode).toEqual(report.result.errors);
    expect(total.deliveryRate).toBeCloseTo(total.delivered / total.sent, 10);
    expect(total.medianResponseMs).toBeGreaterThan(0);
  });

  it('is the same byte for byte with the same seed, and differs with another', () => {
    const again = simulateWithReport(input, { channel: CHANNEL });
    expect(again.extracts).toEqual(report.extracts);
    const other = simulateWithReport({ ...input, seed: 8 }, { channel: CHANNEL });
    expect(other.extracts.tracking).not.toBe(report.extracts.tracking);
  });
});
