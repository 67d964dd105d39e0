/**
 * Estimates a run over an audience with the simulator (SIMVIEW's runner, off the main thread),
 * and keeps the audience's contacts for the run itself. Restarts when the audience changes.
 */
import { useEffect, useState } from 'react';
import type { Contact, Journey } from '../../../core/journey';
import type { Library } from '../editor/page/use-library';
import { loadAudienceContacts, simulationRequest } from '../simulation/sim-input';
import { createSimulationRunner } from '../simulation/sim-runner';
import { worldOf } from '../simulation/world-presets';
import { workspace } from '../../db';
import type { AudienceSummary } from '../../db';
import { runEstimate } from './run-estimate';
import type { RunEstimate } from './run-estimate';

export type EstimateState =
  | { status: 'idle' }
  | { status: 'estimating' }
  | { status: 'ready'; estimate: RunEstimate; contacts: Contact[] }
  | { status: 'failed'; message: string };

/** The estimate's seed and start are fixed: the same audience always shows the same figures. */
const SEED = 1;

/** Starts the estimate at the workspace's clock (the app's one clock, which tests set). */
export function useRunEstimate(journey: Journey, library: Library, audience: AudienceSummary | undefined): EstimateState {
  const [state, setState] = useState<EstimateState>({ status: 'idle' });
  useEffect(() => {
    if (!audience) {
      setState({ status: 'idle' });
      return;
    }
    let live = true;
    const runner = createSimulationRunner();
    let cancel = () => {};
    setState({ status: 'estimating' });
    void (async () => {
      try {
        const contacts = await loadAudienceContacts(audience.id, audience.count);
        if (!live) return;
        const request = simulationRequest({ journey, templates: library.templates, channels: library.channels, audience: contacts, world: worldOf('typical'), start: workspace().now(), seed: SEED });
        const run = runner.run(request);
        cancel = run.cancel;
        const result = await run.result;
        const channel = library.channels.find((c) => c.id === journey.channel);
        if (live) setState({ status: 'ready', estimate: runEstimate(result, channel), contacts });
      } catch (error) {
        if (live) setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      live = false;
      cancel();
      runner.dispose();
    };
  }, [journey, library.templates, library.channels, audience]);
  return state;
}
