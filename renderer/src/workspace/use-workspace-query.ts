/**
 * A live database query that waits for the workspace to be ready (first-start seeding,
 * clean-up) before its first run. The wait happens outside the query: Dexie runs live
 * queries read-only, and seeding writes.
 */
import { useEffect, useState } from 'react';
import { useLiveQuery } from '../../db';
import type { LiveState } from '../../db';
import { ensureWorkspace } from './first-start';

export function useWorkspaceQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): LiveState<T> {
  const [ready, setReady] = useState<LiveState<true>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    ensureWorkspace().then(
      () => live && setReady({ status: 'ready', value: true }),
      (error: unknown) => live && setReady({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
  }, []);
  const state = useLiveQuery(async () => (ready.status === 'ready' ? query() : undefined), [ready.status, ...deps]);
  if (ready.status !== 'ready') return ready;
  if (state.status === 'ready' && state.value === undefined) return { status: 'loading' };
  return state as LiveState<T>;
}
