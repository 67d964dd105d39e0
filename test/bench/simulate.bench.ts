/**
 * Simulator speed: a million contacts through a 12-node journey on one core, in at most 6 s,
 * with peak RSS under 500 MB; and, in the same run, a bare loop over the same typed-array
 * heap processing as many events with the same peak queue size, which the simulator must stay
 * within 3x of (what the simulator adds to its queue must stay cheap). The simulator keeps its
 * timers in per-node FIFO lanes (core/sim/timer-lanes.ts), so the bare loop is given as many
 * queued events as the heap and the lanes held together.
 */
import { performance } from 'node:perf_hooks';
import { EventHeap, Prng, createSimulation } from '../../core/sim';
import { atMost, info, type BenchReport } from './report';
import { benchAudience, benchJourney, benchTemplates } from './simulate-fixture';

const CONTACTS = Number(process.env.SIM_BENCH_CONTACTS ?? 1_000_000);
const START = Date.UTC(2026, 0, 5, 9, 0);

/** Pops and pushes `events` events through a heap holding `queued` at its peak: the floor the simulator is compared to. */
function bareHeapLoop(events: number, queued: number): number {
  const heap = new EventHeap(4096);
  const rng = new Prng(7);
  const began = performance.now();
  let pushed = 0;
  for (; pushed < Math.min(queued, events); pushed++) heap.push(START + rng.uniform() * 3_600_000, pushed);
  let checksum = 0;
  for (let done = 0; done < events; done++) {
    const t = heap.peekTime();
    checksum += heap.pop();
    if (pushed < events) heap.push(t + rng.uniform() * 86_400_000, pushed++);
  }
  if (checksum < 0) throw new Error('unreachable: keeps the loop from being optimised away');
  return performance.now() - began;
}

export async function run(): Promise<BenchReport> {
  const audience = benchAudience(CONTACTS);
  const began = performance.now();
  const sim = createSimulation(
    { journey: benchJourney, templates: benchTemplates, audience, start: START, seed: 1, channel: { messagingLimit: null, throughputMps: 1_000, quality: 'GREEN' } },
  );
  while (!sim.runBatch(1_000_000)) {
    // batches as a host would run them, between progress reports
  }
  const result = sim.result();
  const seconds = (performance.now() - began) / 1000;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const peak = sim.peakQueued;
  // The bare loop keeps as many events queued as the simulator did in its heap and lanes together.
  const bareSeconds = bareHeapLoop(result.events, peak.heap + peak.timers) / 1000;
  const scale = CONTACTS / 1_000_000;
  return {
    title: `simulate: ${CONTACTS.toLocaleString('en')} contacts, 12-node journey`,
    figures: [
      atMost('simulation time', seconds, 's', 6 * scale),
      atMost('peak RSS', peakRssMb, 'MB', 500),
      info('contacts/s', Math.round(CONTACTS / seconds), '/s'),
      info('events', result.events, ''),
      info('events/s', Math.round(result.events / seconds), '/s'),
      info('peak queued events (heap + timer lanes)', peak.heap + peak.timers, ''),
      info('peak queued in the heap', peak.heap, ''),
      info('bare heap loop, same events', bareSeconds, 's'),
      atMost('simulation / bare heap loop', seconds / bareSeconds, 'x', 3),
    ],
    notes: [`exited ${result.outcome.exited}, waiting ${result.outcome.waiting}; sent ${result.nodes.offer?.sent} offers, ${result.nodes.reminder?.sent} reminders`],
  };
}
