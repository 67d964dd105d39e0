/**
 * The webhook receiver in a process of its own, for the webhook benchmark: prints its port
 * as one JSON line, then, when stdin closes, how many statuses it handed on, and exits.
 */
import { startWebhookReceiver } from '../../electron/host/webhooks';

let handled = 0;
const receiver = await startWebhookReceiver({ appSecret: process.argv[2] ?? '', verifyToken: 'v', onStatus: () => void handled++ });
process.stdout.write(`${JSON.stringify({ port: receiver.port })}\n`);
process.stdin.resume();
process.stdin.on('end', async () => {
  await receiver.close();
  process.stdout.write(`${JSON.stringify({ handled })}\n`);
  process.exit(0);
});
