/**
 * The simulation Web Worker's own module, loaded under a stand-in worker scope: what the
 * renderer posts to it comes back as the core simulator's exact result, and cancel stops it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Contact } from '../../../core/journey';
import { simulate } from '../../../core/sim';
import type { SimulationWorkerResponse } from '../../../core/sim';
import { createSimulationRunner, createWorkerPort, requestJson } from '../../../renderer/src/simulation/sim-runner';
import type { SimulationPort } from '../../../renderer/src/simulation/sim-runner';
import { sampleInput } from './sample';

type Scope = { onmessage: ((event: { data: unknown }) => void) | null; postMessage(m: SimulationWorkerResponse): void };

/** The renderer's worker port onto the worker module, through a stand-in Worker that clones what it carries. */
async function workerPort(): Promise<SimulationPort> {
  const scope: Scope = { onmessage: null, postMessage: () => {} };
  vi.stubGlobal('self', scope);
  vi.resetModules();
  await import('../../../renderer/src/simulation/simulation.worker');
  const worker = {
    onmessage: null as ((event: MessageEvent) => void) | null,
    postMessage: (message: unknown) => setTimeout(() => scope.onmessage?.({ data: structuredClone(message) }), 0),
    terminate: () => (scope.onmessage = null),
  };
  scope.postMessage = (m) => worker.onmessage?.({ data: structuredClone(m) } as MessageEvent);
  return createWorkerPort(worker as unknown as Worker);
}

describe('the simulation worker', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it('answers a request with the same result as the simulator on this thread, after progress', async () => {
    const input = sampleInput();
    const runner = createSimulationRunner(await workerPort());
    const progress = vi.fn();
    const { journey, templates, channel, audience, start, seed } = input;
    const result = await runner.run({ journey, templates: [...(templates ?? [])], channel, audience: [...(audience as readonly Contact[])], start, seed, options: { progressEvery: 500 } }, progress).result;
    expect(result).toEqual(simulate(input));
    expect(progress).toHaveBeenCalled();
    runner.dispose();
  });

  it('stops a run on cancel and says so in the result', async () => {
    const input = sampleInput();
    const contacts = input.audience as readonly Contact[];
    const big = Array.from({ length: 20_000 }, (_, i) => ({ ...(contacts[i % contacts.length] as Contact), phone: `+3361${String(i).padStart(7, '0')}` }));
    const runner = createSimulationRunner(await workerPort());
    const run = runner.run({ journey: input.journey, templates: [...(input.templates ?? [])], channel: input.channel, audience: big, start: input.start, seed: 1, options: { progressEvery: 1_000 } }, () => run.cancel());
    const result = await run.result;
    expect(result.stopped).toBe('cancelled');
    expect(result.outcome.exited).toBeLessThan(big.length);
    runner.dispose();
  });

  it('rejects a request the worker refuses, with its reason', async () => {
    const runner = createSimulationRunner(await workerPort());
    await expect(runner.run({ journey: { id: 'x' } as never, audience: [], start: 0, seed: 1 }).result).rejects.toThrow(/journey/);
    runner.dispose();
  });

  it('writes a request as the JSON of the request, the audience in slices', async () => {
    const input = sampleInput();
    const request = { journey: input.journey, audience: [...(input.audience as readonly Contact[])], start: 1, seed: 2 };
    expect(JSON.parse(await requestJson(request))).toEqual(JSON.parse(JSON.stringify(request)));
    expect(JSON.parse(await requestJson({ ...request, audience: [] }))).toEqual({ ...JSON.parse(JSON.stringify(request)), audience: [] });
  });
});
