/**
 * The runs the host is executing or has executed, as the renderer last heard of them: one
 * store for the app, filled by `runs:list` and kept current by the host's `run-progress`
 * events, so the Runs screen, the editor's notice and the canvas overlay read one truth.
 */
import { create } from 'zustand';
import type { HostApi, RunSnapshot } from '../../../core/api/host-api';

export interface RunsState {
  runs: Readonly<Record<string, RunSnapshot>>;
  /** Set when the host could not list the runs. */
  error: string | null;
  loaded: boolean;
}

const EMPTY: RunsState = { runs: {}, error: null, loaded: false };

export const useRuns = create<RunsState>(() => EMPTY);

/** Records what the host said about one run (an answer to a call or a progress event). */
export function putRun(run: RunSnapshot): void {
  useRuns.setState((state) => ({ runs: { ...state.runs, [run.runId]: run } }));
}

/** Back to knowing nothing (tests). */
export function resetRuns(): void {
  useRuns.setState(EMPTY);
}

/** Lists the runs once, then follows progress events; returns the function that stops following. */
export function followRuns(host: HostApi): () => void {
  const stop = host.on('run-progress', putRun);
  void host.runs.list({}).then((answer) => {
    if (!answer.ok) {
      useRuns.setState({ error: answer.error.message, loaded: true });
      return;
    }
    // Events that arrived while the list was on its way are newer: they win.
    useRuns.setState((state) => ({ runs: { ...Object.fromEntries(answer.value.map((run) => [run.runId, run])), ...state.runs }, error: null, loaded: true }));
  });
  return stop;
}

/** Newest first. */
export function sortedRuns(runs: Readonly<Record<string, RunSnapshot>>): RunSnapshot[] {
  return Object.values(runs).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** A run still under way (running or paused): the one the editor warns about and draws. */
export function isActive(run: RunSnapshot): boolean {
  return run.status === 'running' || run.status === 'paused';
}

/** The newest active run of a journey, else its newest run, else undefined. */
export function runOfJourney(runs: Readonly<Record<string, RunSnapshot>>, journeyId: string): RunSnapshot | undefined {
  const mine = sortedRuns(runs).filter((run) => run.journeyId === journeyId);
  return mine.find(isActive) ?? mine[0];
}
