import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createSimulationWorker, simulate, type SimulationWorkerResponse } from '../../../core/sim';
import { benchJourney, benchTemplates } from '../../bench/simulate-fixture';
import { people, T0 } from './build';

const request = (size: number, extra: Record<string, unknown> = {}) => ({
  journey: benchJourney,
  templates: benchTemplates,
  audience: people(size),
  start: new Date(T0).toISOString(),
  seed: 5,
  ...extra,
});

/** A handler with a host that records what it posts and yields on a macrotask. */
function harness() {
  const posted: SimulationWorkerResponse[] = [];
  const handle = createSimulationWorker({ post: (m) => posted.push(m), yieldToHost: () => new Promise((r) => setImmediate(r)) });
  return { posted, handle };
}

describe('the simulation worker protocol', () => {
  it('runs a simulation, posting progress then the same result as simulate()', async () => {
    const { posted, handle } = harness();
    await handle({ type: 'simulate', id: 'a', request: request(300, { options: { progressEvery: 200 } }) });
    const result = posted.at(-1);
    expect(result?.type).toBe('result');
    expect(posted.slice(0, -1).every((m) => m.type === 'progress' && m.id === 'a')).toBe(true);
    expect(posted.length).toBeGreaterThan(2);
    const direct = simulate({ journey: benchJourney, templates: benchTemplates, audience: people(300), start: T0, seed: 5 });
    expect(JSON.stringify(result?.type === 'result' && result.result)).toBe(JSON.stringify(direct));
  });

  it('stops a running simulation on cancel', async () => {
    const { posted, handle } = harness();
    const running = handle({ type: 'simulate', id: 'b', request: request(2_000, { options: { progressEvery: 100 } }) });
    await new Promise((r) => setImmediate(r));
    await handle({ type: 'cancel', id: 'b' });
    await running;
    const last = posted.at(-1);
    expect(last?.type === 'result' && last.result.stopped).toBe('cancelled');
  });

  it('answers an error for malformed messages and requests, naming the field', async () => {
    const { posted, handle } = harness();
    await handle('hello');
    await handle({ type: 'simulate', id: 'c', request: { ...request(1), seed: 1.5 } });
    await handle({ type: 'simulate', id: 'd', request: { ...request(1), journey: { nodes: 'none' } } });
    expect(posted).toEqual([
      { type: 'error', id: null, message: expect.stringMatching(/^not a simulation message/) },
      { type: 'error', id: 'c', message: expect.stringMatching(/^seed: /) },
      { type: 'error', id: 'd', message: expect.stringMatching(/^journey\./) },
    ]);
  });
});

describe('the simulator in a real worker thread', () => {
  it('runs with no main-thread dependency and gives the same result', async () => {
    const worker = new Worker(new URL('./support/worker-boot.mjs', import.meta.url));
    try {
      const messages: SimulationWorkerResponse[] = [];
      const done = new Promise<SimulationWorkerResponse>((resolve, reject) => {
        worker.on('error', reject);
        worker.on('message', (m: SimulationWorkerResponse) => {
          messages.push(m);
          if (m.type !== 'progress') resolve(m);
        });
      });
      worker.postMessage({ type: 'simulate', id: 'w', request: request(500, { options: { progressEvery: 1_000 } }) });
      const answer = await done;
      expect(answer.type).toBe('result');
      const direct = simulate({ journey: benchJourney, templates: benchTemplates, audience: people(500), start: T0, seed: 5 });
      expect(JSON.stringify(answer.type === 'result' && answer.result)).toBe(JSON.stringify(direct));
      expect(messages.some((m) => m.type === 'progress')).toBe(true);
    } finally {
      await worker.terminate();
    }
  }, 30_000);
});
