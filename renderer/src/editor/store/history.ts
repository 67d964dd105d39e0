/**
 * Undo history as journey snapshots. Edits share untouched nodes, so a snapshot costs one
 * array per list, not a copy of the journey. Consecutive edits with the same coalescing key
 * (typing in one field, one drag) make a single undo step.
 */
import type { Journey } from '../../../../core/journey';

/** Snapshots kept: enough for a working session, bounded so memory is too. */
export const HISTORY_LIMIT = 300;

export type History = {
  readonly past: readonly Journey[];
  readonly future: readonly Journey[];
  /** The key of the last recorded edit, when it may absorb the next one. */
  readonly lastKey: string | undefined;
};

export const emptyHistory: History = { past: [], future: [], lastKey: undefined };

/** History after an edit that replaced `previous`. */
export function record(history: History, previous: Journey, key?: string): History {
  if (key !== undefined && key === history.lastKey) return { ...history, future: [] };
  const past = history.past.length >= HISTORY_LIMIT ? history.past.slice(1) : history.past;
  return { past: [...past, previous], future: [], lastKey: key };
}

/** The journey to go back to and the history after, or undefined with nothing to undo. */
export function undo(history: History, current: Journey): { journey: Journey; history: History } | undefined {
  const journey = history.past.at(-1);
  if (!journey) return undefined;
  return { journey, history: { past: history.past.slice(0, -1), future: [...history.future, current], lastKey: undefined } };
}

export function redo(history: History, current: Journey): { journey: Journey; history: History } | undefined {
  const journey = history.future.at(-1);
  if (!journey) return undefined;
  return { journey, history: { past: [...history.past, current], future: history.future.slice(0, -1), lastKey: undefined } };
}
