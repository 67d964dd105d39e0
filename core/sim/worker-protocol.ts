/**
 * The simulator behind a message port, for a Web Worker (the renderer hosts it) or any other
 * thread. Messages are plain data; the handler checks what it receives, since the other side
 * is another program. A host wires it in three lines:
 *
 * ```ts
 * const handle = createSimulationWorker({ post: (m) => self.postMessage(m), yieldToHost: () => new Promise((r) => setTimeout(r, 0)) });
 * self.onmessage = (event) => void handle(event.data);
 * ```
 *
 * `yieldToHost` must let the host's event loop run (a macrotask, not a resolved promise):
 * that is how a `cancel` message gets in between two batches of a running simulation.
 */
import { z } from 'zod';
import { Channel } from '../journey/channel';
import { Contact } from '../journey/contact';
import { Journey } from '../journey/journey';
import { WorldModel } from '../journey/world';
import { Template } from '../whatsapp/template';
import type { SimulationProgress, SimulationResult } from './result';
import { simulateAsync } from './simulate';

/** What a simulation request carries: the inputs of `simulate`, as plain data. */
export const SimulationRequest = z.object({
  journey: Journey,
  templates: z.array(Template).optional(),
  channel: Channel.pick({ messagingLimit: true, throughputMps: true, quality: true }).nullable().optional(),
  audience: z.array(Contact),
  world: WorldModel.optional(),
  /** Epoch ms, or an ISO 8601 time. */
  start: z.union([z.number().finite(), z.iso.datetime({ offset: true }).transform((text) => Date.parse(text))]),
  seed: z.number().int().refine(Number.isSafeInteger, 'expected a safe integer'),
  options: z
    .object({
      horizonMs: z.number().positive().optional(),
      trace: z.array(z.union([z.number().int(), z.string()])).optional(),
      progressEvery: z.number().int().positive().optional(),
    })
    .optional(),
});
export type SimulationRequest = z.input<typeof SimulationRequest>;

/** Messages to the worker. */
export type SimulationWorkerRequest =
  | { type: 'simulate'; id: string; request: SimulationRequest }
  | { type: 'cancel'; id: string };

/** Messages from the worker. A cancelled run still answers `result`, with `stopped: "cancelled"`. */
export type SimulationWorkerResponse =
  | { type: 'progress'; id: string; progress: SimulationProgress }
  | { type: 'result'; id: string; result: SimulationResult }
  | { type: 'error'; id: string | null; message: string };

/** What the handler needs from its host. */
export interface SimulationWorkerHost {
  post(message: SimulationWorkerResponse): void;
  /** Resolves after the host's event loop has run (a macrotask). */
  yieldToHost(): Promise<void>;
}

const Envelope = z.discriminatedUnion('type', [
  z.object({ type: z.literal('simulate'), id: z.string().min(1), request: z.unknown() }),
  z.object({ type: z.literal('cancel'), id: z.string().min(1) }),
]);

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'invalid message';
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

/**
 * The message handler: runs one simulation per `simulate` message (several may run, each
 * yielding between batches), posts progress and the result, and stops a run on `cancel`.
 * Resolves when the message has been handled (for a simulation: when it has finished).
 */
export function createSimulationWorker(host: SimulationWorkerHost): (message: unknown) => Promise<void> {
  const running = new Map<string, { aborted: boolean }>();

  return async (message) => {
    const envelope = Envelope.safeParse(message);
    if (!envelope.success) {
      const id = typeof (message as { id?: unknown } | null)?.id === 'string' ? (message as { id: string }).id : null;
      host.post({ type: 'error', id, message: `not a simulation message: ${firstIssue(envelope.error)}` });
      return;
    }
    const { id } = envelope.data;
    if (envelope.data.type === 'cancel') {
      const flag = running.get(id);
      if (flag) flag.aborted = true;
      return;
    }
    if (running.has(id)) {
      host.post({ type: 'error', id, message: `a simulation with id ${id} is already running` });
      return;
    }
    const request = SimulationRequest.safeParse(envelope.data.request);
    if (!request.success) {
      host.post({ type: 'error', id, message: firstIssue(request.error) });
      return;
    }
    const flag = { aborted: false };
    running.set(id, flag);
    try {
      const { options, ...input } = request.data;
      const result = await simulateAsync(
        input,
        { ...options, signal: flag, onProgress: (progress) => host.post({ type: 'progress', id, progress }) },
        () => host.yieldToHost(),
      );
      host.post({ type: 'result', id, result });
    } catch (error) {
      host.post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
    } finally {
      running.delete(id);
    }
  };
}
