/**
 * What the app does with its workspace before the first screen reads it: finish off imports
 * an earlier session left half done, and on the very first start put the sample in.
 */
import { removeInterruptedImports, seedWorkspace, workspace } from '../../db';
import type { WorkspaceContent } from '../../db';
import { sampleWorkspace } from './sample-workspace';

const ready = new WeakMap<object, Promise<void>>();

/**
 * Resolves once the workspace is ready to read. Safe to call from every screen: the work is
 * done once per database (React's StrictMode mounts twice; a test opens a fresh database).
 */
export function ensureWorkspace(content: () => WorkspaceContent = sampleWorkspace): Promise<void> {
  const { db } = workspace();
  let promise = ready.get(db);
  if (!promise) {
    promise = (async () => {
      await removeInterruptedImports();
      await seedWorkspace(content());
    })();
    ready.set(db, promise);
  }
  return promise;
}
