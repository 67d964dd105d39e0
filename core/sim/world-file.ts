/**
 * Reading a `*.world.json` file (journey format spec, "World model for simulation"): JSON
 * syntax errors by line and column, schema errors by path, as every other file of the app.
 * Missing fields take the spec's defaults; the simulator's own additions are checked too.
 */
import { boundErrors, MAX_IMPORT_ERRORS, syntaxError } from '../journey/import-errors';
import { importErrorMap, issueToImportError } from '../journey/zod-issue';
import { parseJsonText } from '../journey/json-text';
import type { LoadResult } from '../journey/loaders';
import { WorldModel } from '../journey/world';
import { SimulationWorldExtras } from './world-table';

const SimulationWorld = WorldModel.extend(SimulationWorldExtras.shape);

/** The world model of a world file, or its problems. Never throws. */
export function parseWorldFile(text: string): LoadResult<WorldModel> {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, errors: [syntaxError(parsed)] };
  const world = SimulationWorld.safeParse(parsed.value, { error: importErrorMap });
  if (world.success) return { ok: true, value: world.data };
  const issues = world.error.issues;
  return { ok: false, errors: boundErrors(issues.slice(0, MAX_IMPORT_ERRORS).map((issue) => issueToImportError(issue, parsed.value)), issues.length) };
}
