/**
 * Autosave: the settled journey is written a moment after each change (well within a second),
 * one save at a time, and once more on leaving the editor or the page if a change is still
 * waiting. A drag saves once, when it ends (the settled journey holds still meanwhile).
 */
import { useEffect, useState } from 'react';
import type { Journey } from '../../../../core/journey';
import type { EditorStore } from '../store/editor-store';

export type SaveState = { status: 'saved' | 'saving' | 'unsaved' } | { status: 'error'; message: string };

/** Quiet time after a change before saving. */
export const AUTOSAVE_DELAY_MS = 400;

export function useAutosave(store: EditorStore, save: (journey: Journey) => Promise<unknown>, delayMs = AUTOSAVE_DELAY_MS): SaveState {
  const [state, setState] = useState<SaveState>({ status: 'saved' });

  useEffect(() => {
    let saved = store.getState().settled;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running: Promise<void> | undefined;
    let alive = true;

    const flush = async (): Promise<void> => {
      timer = undefined;
      if (running) await running;
      const journey = store.getState().settled;
      if (journey === saved) return;
      if (alive) setState({ status: 'saving' });
      running = save(journey).then(
        () => {
          saved = journey;
          if (!alive) return;
          // A change made while saving is saved in turn.
          if (store.getState().settled !== saved) schedule();
          else setState({ status: 'saved' });
        },
        (error: unknown) => {
          if (alive) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
        },
      );
      await running;
      running = undefined;
    };
    const schedule = () => {
      if (timer !== undefined) clearTimeout(timer);
      setState({ status: 'unsaved' });
      timer = setTimeout(() => void flush(), delayMs);
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
      if (timer !== undefined) {
        clearTimeout(timer);
        void flush();
      }
    };
  }, [store, save, delayMs]);

  return state;
}
