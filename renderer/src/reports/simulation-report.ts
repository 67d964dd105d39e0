/**
 * The report of a simulation the Simulate panel ran: the same inputs and seed replayed on this
 * thread with core/reports' event sink, which gives the same result (the simulator is
 * deterministic) plus the extracts and metrics. Computed once per setup, on demand.
 */
import { simulateWithReport, type SimulationReport } from '../../../core/reports';
import { SimulationRequest } from '../../../core/sim';
import type { SimulationSetup } from '../simulation/sim-input';
import { simulationRequest } from '../simulation/sim-input';

const cache = new WeakMap<SimulationSetup, SimulationReport>();

/** The channel written in the inbound extract: the journey's channel number, else its id. */
export function channelLabel(setup: SimulationSetup): string {
  const channel = setup.channels.find((c) => c.id === setup.journey.channel);
  return channel?.phoneNumber ?? channel?.id ?? setup.journey.channel ?? '';
}

export function simulationReport(setup: SimulationSetup): SimulationReport {
  const known = cache.get(setup);
  if (known) return known;
  // Parsed as the worker parses it, so both runs see exactly the same inputs.
  const { options: _trace, ...input } = SimulationRequest.parse(simulationRequest(setup));
  const report = simulateWithReport(input, { channel: channelLabel(setup) });
  cache.set(setup, report);
  return report;
}
