/**
 * The executor benchmark's sandbox, in a process of its own: `tsx executor-sandbox.ts MPS`
 * starts it at MPS messages per second (130429 beyond) without webhooks and prints its
 * address as one JSON line; it runs until killed.
 */
import { startSandbox } from '../../electron/host/sandbox';
import { welcomeTemplate } from '../electron/executor/helpers';

void (async () => {
  const mps = Number(process.argv[2] ?? 1000);
  const sandbox = await startSandbox({ templates: [welcomeTemplate], appSecret: 'bench', mps, seed: 1, pairBurst: 1000 });
  process.stdout.write(`${JSON.stringify({ baseUrl: sandbox.baseUrl, phoneNumberId: sandbox.phoneNumberId, wabaId: sandbox.wabaId })}\n`);
})();
