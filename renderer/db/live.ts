/**
 * React's view of the database: a query re-run by Dexie whenever a write touches what it
 * read, in this window or another. Screens use this instead of reaching for IndexedDB.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

export type LiveState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: Error };

/** Runs `query` now and again after every relevant write; `deps` restart it (like useEffect). */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): LiveState<T> {
  const [state, setState] = useState<LiveState<T>>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ status: 'ready', value }),
      error: (error: unknown) => setState({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) }),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
  }, deps);
  return state;
}
