/**
 * The Simulate panel's state: one run at a time, its progress, and the last result, which is
 * drawn on the canvas and kept in the workspace. A zustand store so the panel, the charts and
 * the trainer read the same result.
 */
import { create } from 'zustand';
import type { SimulationProgress, SimulationResult } from '../../../core/sim';
import { saveSimulationResult, SimulationSummary } from '../../db';
import { showOverlay } from '../editor/overlay/overlay-store';
import { overlayOfResult } from './result-overlay';
import { simulationRequest } from './sim-input';
import type { SimulationSetup } from './sim-input';
import { createSimulationRunner } from './sim-runner';
import type { SimulationRun, SimulationRunner } from './sim-runner';

export type SimulationStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export interface SimulationState {
  status: SimulationStatus;
  progress: SimulationProgress | null;
  result: SimulationResult | null;
  /** The journey the result is for. */
  journeyId: string | null;
  error: string | null;
  /** What the result was simulated from: reports replay it with an event sink for the extracts. */
  setup: SimulationSetup | null;
}

const IDLE: SimulationState = { status: 'idle', progress: null, result: null, journeyId: null, error: null, setup: null };

export const useSimulation = create<SimulationState>(() => IDLE);

let runner: SimulationRunner | null = null;
let current: SimulationRun | null = null;

/** Replaces the runner (tests give one on this thread). */
export function setSimulationRunner(next: SimulationRunner | null): void {
  runner?.dispose();
  runner = next;
}

/** The runner simulations share (the trainer's timelines too): one worker for the app. */
export function simulationRunner(): SimulationRunner {
  runner ??= createSimulationRunner();
  return runner;
}

/** Starts a simulation, replacing any running one; resolves when it has finished and been saved. `label` names the counts on the canvas. */
export async function startSimulation(setup: SimulationSetup, language: 'en' | 'fr', label = 'simulation'): Promise<void> {
  current?.cancel();
  const run = simulationRunner().run(simulationRequest(setup), (progress) => useSimulation.setState({ progress }));
  current = run;
  useSimulation.setState({ ...IDLE, status: 'running', journeyId: setup.journey.id, setup });
  try {
    const result = await run.result;
    if (current !== run) return;
    const { steps, edges } = overlayOfResult(setup.journey, result, language);
    showOverlay(setup.journey.id, label, steps, edges);
    useSimulation.setState({ status: result.stopped === 'cancelled' ? 'cancelled' : 'done', result });
    // The stored schema is loose (it keeps series and timelines); parsing gives it its own type.
    await saveSimulationResult(setup.journey.id, SimulationSummary.parse(result));
  } catch (error) {
    if (current === run) useSimulation.setState({ status: 'error', error: error instanceof Error ? error.message : String(error) });
  } finally {
    if (current === run) current = null;
  }
}

export function cancelSimulation(): void {
  current?.cancel();
}

export function resetSimulation(): void {
  current?.cancel();
  current = null;
  useSimulation.setState(IDLE);
}
