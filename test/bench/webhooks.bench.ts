/**
 * `npm run bench webhooks`: the webhook receiver under 3,000 signed status webhooks per
 * second for 5 seconds (open loop: requests go out on schedule whether or not earlier ones
 * were answered, as Meta's do), each a distinct message so every one is verified, parsed,
 * merged and handed on. Bodies are signed beforehand: signing is Meta's cost, not ours. The
 * receiver runs in its own process (webhook-receiver-process.ts), as it would beside Meta.
 */
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { statusWebhook } from '../../electron/host/sandbox';
import { signWebhookBody } from '../../electron/host/webhooks';
import { atMost, info, percentile, type BenchReport } from './report';

const RATE = 3_000;
const SECONDS = 5;
const TICK_MS = 10;
const SECRET = 'bench-app-secret';
const business = { wabaId: '200000000000001', phoneNumberId: '100000000000001', displayPhoneNumber: '15550001234' };

function bodies(count: number): { body: string; signature: string }[] {
  return Array.from({ length: count }, (_, k) => {
    const body = JSON.stringify(
      statusWebhook(business, {
        id: `wamid.bench${k}`,
        status: 'delivered',
        at: 1_767_000_000_000 + k,
        recipientId: `3361234${String(k % 10_000).padStart(4, '0')}`,
        bizOpaqueCallbackData: `run:bench:c${k}:n2:1`,
        pricing: { billable: true, category: 'marketing', type: 'regular' },
      }),
    );
    return { body, signature: signWebhookBody(body, SECRET) };
  });
}

function post(port: number, agent: Agent, item: { body: string; signature: string }): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/webhook', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(item.body), 'x-hub-signature-256': item.signature } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(item.body);
  });
}

/** Starts the receiver process; `finish` closes its stdin and answers how many statuses it handed on. */
async function receiverProcess(): Promise<{ port: number; finish: () => Promise<number> }> {
  const script = fileURLToPath(new URL('./webhook-receiver-process.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, SECRET], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const first = await lines.next();
  const { port } = JSON.parse(String(first.value)) as { port: number };
  return {
    port,
    async finish() {
      child.stdin.end();
      const last = await lines.next();
      return (JSON.parse(String(last.value)) as { handled: number }).handled;
    },
  };
}

export async function run(): Promise<BenchReport> {
  const receiver = await receiverProcess();
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const total = RATE * SECONDS;
  const items = bodies(total);
  const latencies: number[] = [];
  let ok = 0;
  const pending: Promise<void>[] = [];
  const perTick = (RATE * TICK_MS) / 1000;
  const start = performance.now();
  for (let sent = 0, tick = 0; sent < total; tick++) {
    const due = start + tick * TICK_MS;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    for (let k = 0; k < perTick && sent < total; k++, sent++) {
      const item = items[sent]!;
      const began = performance.now();
      pending.push(
        post(receiver.port, agent, item).then((status) => {
          latencies.push(performance.now() - began);
          if (status === 200) ok++;
        }),
      );
    }
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  const handled = await receiver.finish();
  return {
    title: `webhook receiver: ${total} signed status webhooks offered at ${RATE}/s (open loop, keep-alive)`,
    figures: [
      info('offered rate', RATE, 'webhooks/s'),
      info('handled rate (answered 200 / elapsed)', ok / elapsed, 'webhooks/s'),
      atMost('missed webhooks (not 200, or not handed on)', total - Math.min(ok, handled), 'webhooks', 0),
      atMost('latency p50', percentile(latencies, 50), 'ms', 250),
      info('latency p95', percentile(latencies, 95), 'ms'),
      info('latency p99', percentile(latencies, 99), 'ms'),
      // Keeping up: every webhook answered within a quarter second of the 5 s schedule ending.
      atMost('time past the schedule to answer them all', elapsed - SECONDS, 's', 0.25),
    ],
    notes: [`${handled} statuses handed on; the receiver ran in its own process`],
  };
}
