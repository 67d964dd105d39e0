/**
 * The journey file format's history as an ordered list of steps, one per version bump.
 * Adding version N+1 means: bump CURRENT_FORMAT_VERSION, append a step with `from: N`, and add
 * a fixture of version N to the migration tests. Old files then open through every step.
 */
import type { JsonObject, Migration } from './types';
import { v0ToV1 } from './v0-to-v1';

export type { JsonObject, Migration } from './types';
export { isJsonObject } from './types';

/** Every migration step, in order: `MIGRATIONS[n]` turns version n into n + 1. */
export const MIGRATIONS: readonly Migration[] = [v0ToV1];

/**
 * Runs the steps from `fromVersion` up to `toVersion` (the steps' own list by default, for
 * tests). Pure: the input is never modified.
 */
export function migrateJourneyFile(
  file: JsonObject,
  fromVersion: number,
  toVersion: number,
  steps: readonly Migration[] = MIGRATIONS,
): JsonObject {
  let current = file;
  for (let version = fromVersion; version < toVersion; version++) {
    const step = steps[version];
    if (!step || step.from !== version) throw new Error(`no migration step from format ${version}`);
    current = step.migrate(current);
  }
  return current;
}
