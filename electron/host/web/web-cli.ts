// `npm run web`: the whole app in any browser, served from 127.0.0.1.
import { parseFlags, parsePort } from '../cli/flags';
import { UsageError } from '../cli/usage-error';
import { webhookPortFrom, type GatewaySandboxOptions } from '../gateway';
import { runMain } from '../cli/run-main';
import { describeSandboxSettings, sandboxSettingsFrom } from './sandbox-settings';
import { announce, closeOnSignals, serveWeb } from './serve-web';

const HELP = `Usage: npm run web -- [--port N] [--data DIR] [--webhook-port N] [--sandbox-review-delay MS] [--sandbox-mps N]
Serves Journey Studio on http://127.0.0.1 for any browser (a random port unless --port).
  --port N                   listen on port N (0: any free port)
  --data DIR                 keep secrets and host state in DIR (default: WAJOURNEY_DATA_DIR or ./.wajourney-data)
  --webhook-port N           the webhook receiver's port (default: WAJOURNEY_WEBHOOK_PORT or 8790; any free port when taken)
  --sandbox-review-delay MS  how long the built-in sandbox takes to review a template, 0 to 86400000
                             (default: WAJOURNEY_SANDBOX_REVIEW_DELAY_MS or 2000; 60000 shows a one-minute review)
  --sandbox-mps N            the built-in sandbox number's throughput, messages per second, 1 to 1000
                             (default: WAJOURNEY_SANDBOX_MPS or 80; beyond it sends are refused with 130429)
`;

void runMain('web', async () => {
  const { values } = parseFlags(process.argv.slice(2), {
    port: { type: 'string' },
    data: { type: 'string' },
    'webhook-port': { type: 'string' },
    'sandbox-review-delay': { type: 'string' },
    'sandbox-mps': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  let webhookPort: number;
  let sandbox: GatewaySandboxOptions;
  try {
    webhookPort = webhookPortFrom(values['webhook-port'], process.env);
    sandbox = sandboxSettingsFrom(values, process.env);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const host = await serveWeb({ port: parsePort(values.port), data: values.data, webhookPort, sandbox });
  announce(host);
  const settings = describeSandboxSettings(sandbox);
  if (settings) console.log(settings);
  closeOnSignals(host);
});
