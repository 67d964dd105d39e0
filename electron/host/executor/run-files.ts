/**
 * Where a run lives on disk, `<dataDir>/runs/<runId>/`: `run.json` (the frozen journey
 * revision, template snapshot and channel it started with, written once), `audience.csv` (a
 * copy, so a resume reads the very same rows) and `journal.ndjson` (journal.ts).
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Channel } from '../../../core/journey/channel';
import { Journey } from '../../../core/journey/journey';
import { Template } from '../../../core/whatsapp/template';

export const RunSpec = z.object({
  runId: z.string().regex(/^[a-zA-Z0-9_-]{1,80}$/),
  journey: Journey,
  templates: z.array(Template),
  channel: Channel,
  /** Rows of the audience that are contacts (good rows), fixed at the start. */
  contacts: z.number().int().nonnegative(),
  /** Seeds `split_random` draws, so a replay draws the same branches. */
  seed: z.number().int(),
  createdAt: z.number(),
});
export type RunSpec = z.infer<typeof RunSpec>;

export function runsDir(dataDir: string): string {
  return join(dataDir, 'runs');
}

export function runDir(dataDir: string, runId: string): string {
  return join(runsDir(dataDir), runId);
}

export const runFiles = (dir: string) => ({
  spec: join(dir, 'run.json'),
  audience: join(dir, 'audience.csv'),
  journal: join(dir, 'journal.ndjson'),
});

/** Writes `text` to `path` durably: a temporary file, fsync, then rename over. */
function writeDurably(path: string, text: string): void {
  const temporary = `${path}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}

/** Creates the run's folder with its frozen spec and audience copy. */
export function createRunFiles(dataDir: string, spec: RunSpec, audienceCsv: string): string {
  const dir = runDir(dataDir, spec.runId);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const files = runFiles(dir);
  writeDurably(files.audience, audienceCsv);
  // The spec last: a folder with run.json is a complete run.
  writeDurably(files.spec, JSON.stringify(spec));
  return dir;
}

/** The frozen spec of the run in `dir`, or null when the folder holds no complete run. */
export function readRunSpec(dir: string): RunSpec | null {
  try {
    const parsed = RunSpec.safeParse(JSON.parse(readFileSync(runFiles(dir).spec, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Ids of the complete runs under `dataDir`. */
export function listRunIds(dataDir: string): string[] {
  try {
    return readdirSync(runsDir(dataDir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && readRunSpec(join(runsDir(dataDir), entry.name)) !== null)
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}
