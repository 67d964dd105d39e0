/**
 * A run's report from its folder: the frozen audience gives each contact row its phone,
 * country, locale and service window, the frozen spec the journey and templates that price
 * each message, and the journal's `ev` records the events in the order they were applied;
 * core/reports turns them into the same extracts, metrics, series and cost a simulation gets.
 * The frozen journey goes with the report: the workspace's may have changed since the run.
 */
import { readFileSync } from 'node:fs';
import { parseAudienceCsv } from '../../../core/audience';
import type { ContactEvent } from '../../../core/interpreter';
import type { Journey } from '../../../core/journey/journey';
import { reportOfRunEvents, type RunCost, type RunReport } from '../../../core/reports';
import { readJournal } from '../executor/journal';
import type { JournalRecord } from '../executor/journal-records';
import { readRunSpec, runDir, runFiles } from '../executor/run-files';

/** A run's report with the journey revision it played. */
export type FrozenRunReport = RunReport & { journey: Journey };

/** The report of run `runId` under `dataDir`, or null when there is no such complete run. */
export function runReportOf(dataDir: string, runId: string): FrozenRunReport | null {
  const dir = runDir(dataDir, runId);
  const spec = readRunSpec(dir);
  if (spec === null) return null;
  const files = runFiles(dir);
  // Contact `c` of the journal is the c-th good row of the audience, as the executor admitted them.
  const contacts = parseAudienceCsv(readFileSync(files.audience, 'utf8')).contacts;
  const events: { c: number; t: number; e: ContactEvent }[] = [];
  readJournal(files.journal, (record) => {
    const r = record as JournalRecord;
    if (r.k === 'ev') events.push(r);
  });
  const report = reportOfRunEvents(events, {
    channel: spec.channel.phoneNumber ?? spec.channel.id,
    quality: spec.channel.quality,
    messageOf: messageNames(spec.journey.nodes),
    journey: spec.journey,
    templates: spec.templates,
    contactOf: (c) => contacts[c],
    start: spec.createdAt,
  });
  return { ...report, journey: spec.journey };
}

/** What run `runId`'s delivered messages cost, or null when there is no such complete run. */
export function runCostOf(dataDir: string, runId: string): RunCost | null {
  return runReportOf(dataDir, runId)?.cost ?? null;
}

/** What each message node sends: its template's name (session messages keep the node id). */
function messageNames(nodes: readonly { id: string; type: string; data?: unknown }[]): (node: string) => string {
  const names = new Map<string, string>();
  for (const n of nodes) {
    const template = n.type === 'whatsapp_template' ? (n.data as { template?: string } | undefined)?.template : undefined;
    if (template) names.set(n.id, template);
  }
  return (node) => names.get(node) ?? node;
}
