/**
 * Autosave: the settled journey is written a moment after each change, and never later than a
 * second after the first unsaved one (steady typing must not put saving off), one save at a
 * time, and once more on leaving the editor or the page if a change is still waiting. A drag
 * saves once, when it ends (the settled journey holds still meanwhile). A failed save is
 * reported and tried again, sooner first, until one succeeds.
 */
import { useEffect, useState } from 'react';
import type { Journey } from '../../../../core/journey';
import type { EditorStore } from '../store/editor-store';

export type SaveState = { status: 'saved' | 'saving' | 'unsaved' } | { status: 'error'; message: string };

/** Quiet time after a change before saving. */
export const AUTOSAVE_DELAY_MS = 400;
/** The longest a change waits, however many follow it. */
export const AUTOSAVE_MAX_WAIT_MS = 1000;
/** Waits before retrying a failed save: doubling from the first to the last, then staying there. */
export const AUTOSAVE_RETRY_MS = { first: 1000, last: 30_000 } as const;

export function useAutosave(store: EditorStore, save: (journey: Journey) => Promise<unknown>, delayMs = AUTOSAVE_DELAY_MS): SaveState {
  const [state, setState] = useState<SaveState>({ status: 'saved' });

  useEffect(() => {
    let saved = store.getState().settled;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running: Promise<void> | undefined;
    let alive = true;
    /** When the oldest change not yet handed to `save` was made. */
    let waitingSince: number | undefined;
    /** The wait before the next retry; undefined while saves succeed. */
    let retryMs: number | undefined;

    const show = (next: SaveState) => alive && setState(next);
    const cancelTimer = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    };

    const flush = async (): Promise<void> => {
      cancelTimer();
      // Several flushes may wait on one save: each looks again once it is done.
      while (running) await running;
      const journey = store.getState().settled;
      if (journey === saved) return;
      waitingSince = undefined;
      if (retryMs === undefined) show({ status: 'saving' });
      running = save(journey).then(
        () => {
          saved = journey;
          retryMs = undefined;
          // A change made while saving is saved in turn.
          if (store.getState().settled !== saved) schedule();
          else show({ status: 'saved' });
        },
        (error: unknown) => {
          show({ status: 'error', message: error instanceof Error ? error.message : String(error) });
          retryMs = retryMs === undefined ? AUTOSAVE_RETRY_MS.first : Math.min(retryMs * 2, AUTOSAVE_RETRY_MS.last);
          if (alive) retry(retryMs);
        },
      );
      await running;
      running = undefined;
    };
    const retry = (ms: number) => {
      cancelTimer();
      timer = setTimeout(() => void flush(), ms);
    };
    const schedule = () => {
      // While saves fail the retry timer runs, and the error stays shown until one succeeds.
      if (retryMs !== undefined) return;
      const now = Date.now();
      waitingSince ??= now;
      cancelTimer();
      show({ status: 'unsaved' });
      timer = setTimeout(() => void flush(), Math.max(0, Math.min(delayMs, waitingSince + AUTOSAVE_MAX_WAIT_MS - now)));
    };
    const unsubscribe = store.subscribe((s, previous) => {
      if (s.settled !== previous.settled && s.settled !== saved) schedule();
    });
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      alive = false;
      unsubscribe();
      window.removeEventListener('pagehide', onHide);
      if (timer !== undefined) void flush();
    };
  }, [store, save, delayMs]);

  return state;
}
