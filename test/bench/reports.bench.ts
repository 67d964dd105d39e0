/**
 * Reports of a large simulation: 100,000 contacts through the 12-node bench journey, played
 * once plainly and once with core/reports' event sink building the three extracts and the
 * metrics. The sink streams (nothing per contact is stored in the simulator), so the report
 * must stay within 4x the plain simulation's time; peak RSS is printed for the extracts' text.
 */
import { performance } from 'node:perf_hooks';
import { simulateWithReport } from '../../core/reports';
import { simulate } from '../../core/sim';
import { atMost, info, type BenchReport } from './report';
import { benchAudience, benchJourney, benchTemplates } from './simulate-fixture';

const CONTACTS = Number(process.env.REPORTS_BENCH_CONTACTS ?? 100_000);
const START = Date.UTC(2026, 0, 5, 9, 0);

export async function run(): Promise<BenchReport> {
  const audience = benchAudience(CONTACTS);
  const input = { journey: benchJourney, templates: benchTemplates, audience, start: START, seed: 1, channel: { messagingLimit: null, throughputMps: 1_000, quality: 'GREEN' as const } };
  let began = performance.now();
  const plain = simulate(input);
  const plainSeconds = (performance.now() - began) / 1000;
  began = performance.now();
  const report = simulateWithReport(input, { channel: '+33700000000' });
  const reportSeconds = (performance.now() - began) / 1000;
  if (JSON.stringify(report.result) !== JSON.stringify(plain)) throw new Error('the event sink changed the simulation result');
  const lines = (text: string) => text.split('\r\n').length - 2;
  return {
    title: `reports: ${CONTACTS.toLocaleString('en')} contacts, 12-node journey, three extracts and metrics`,
    figures: [
      info('plain simulation', plainSeconds, 's'),
      info('simulation with report', reportSeconds, 's'),
      atMost('report / plain simulation', reportSeconds / plainSeconds, 'x', 4),
      info('tracking lines', lines(report.extracts.tracking), ''),
      info('inbound lines', lines(report.extracts.inbound), ''),
      info('potential unsubscribes', lines(report.extracts.potentialUnsubscribe), ''),
      info('tracking file', report.extracts.tracking.length / 1_048_576, 'MB'),
      info('peak RSS', process.resourceUsage().maxRSS / 1024, 'MB'),
    ],
  };
}
