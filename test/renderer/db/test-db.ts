/**
 * A fresh workspace database per test, on fake-indexeddb (test/renderer/setup.ts), with a
 * clock the test moves and ids that count up, so every stored time and id is predictable.
 */
import { afterEach } from 'vitest';
import { closeWorkspaceDb, openWorkspaceDb } from '../../../renderer/db';
import type { Workspace } from '../../../renderer/db';

export type TestWorkspace = Workspace & { clock: { now: number }; name: string };

let opened = 0;

export function openTestWorkspace(start = Date.UTC(2026, 11, 1, 9)): TestWorkspace {
  const clock = { now: start };
  let ids = 0;
  const name = `test-workspace-${++opened}`;
  const ws = openWorkspaceDb({ name, now: () => clock.now, newId: () => `id-${++ids}` });
  return { ...ws, clock, name };
}

afterEach(async () => {
  closeWorkspaceDb();
});
