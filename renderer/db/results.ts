/** Simulation results and run reports, kept per journey for the report screens. */
import { workspace } from './providers';
import { readRow, readRows } from './read';
import { RunReport, SimulationSummary } from './result-schema';
import { RunReportRow, SimulationRow } from './rows';

/** Keeps a simulation's result (the spec's counts, plus whatever else the simulator reports). */
export async function saveSimulationResult(journeyId: string, result: SimulationSummary): Promise<SimulationRow> {
  const { db, now, newId } = workspace();
  const row: SimulationRow = { id: newId(), journeyId, createdAt: now(), result: SimulationSummary.parse(result) };
  await db.simulations.add(row);
  return row;
}

/** A journey's simulation results, newest first. */
export async function listSimulationResults(journeyId: string): Promise<SimulationRow[]> {
  const rows = await workspace().db.simulations.where('journeyId').equals(journeyId).toArray();
  return readRows(SimulationRow, 'simulations', rows).sort((a, b) => b.createdAt - a.createdAt);
}

export async function getSimulationResult(id: string): Promise<SimulationRow | undefined> {
  const row = await workspace().db.simulations.get(id);
  return row === undefined ? undefined : readRow(SimulationRow, 'simulations', id, row);
}

/** Keeps the report of a real run. */
export async function saveRunReport(journeyId: string, report: RunReport): Promise<RunReportRow> {
  const { db, now, newId } = workspace();
  const row: RunReportRow = { id: newId(), journeyId, createdAt: now(), result: RunReport.parse(report) };
  await db.runReports.add(row);
  return row;
}

/** A journey's run reports, newest first. */
export async function listRunReports(journeyId: string): Promise<RunReportRow[]> {
  const rows = await workspace().db.runReports.where('journeyId').equals(journeyId).toArray();
  return readRows(RunReportRow, 'runReports', rows).sort((a, b) => b.createdAt - a.createdAt);
}

export async function getRunReport(id: string): Promise<RunReportRow | undefined> {
  const row = await workspace().db.runReports.get(id);
  return row === undefined ? undefined : readRow(RunReportRow, 'runReports', id, row);
}
