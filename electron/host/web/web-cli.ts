// `npm run web`: the whole app in any browser, served from 127.0.0.1.
import { parseFlags, parsePort } from '../cli/flags';
import { runMain } from '../cli/run-main';
import { announce, closeOnSignals, serveWeb } from './serve-web';

const HELP = `Usage: npm run web -- [--port N] [--data DIR]
Serves Journey Studio on http://127.0.0.1 for any browser (a random port unless --port).
  --port N    listen on port N (0: any free port)
  --data DIR  keep secrets and host state in DIR (default: WAJOURNEY_DATA_DIR or ./.wajourney-data)
`;

void runMain('web', async () => {
  const { values } = parseFlags(process.argv.slice(2), {
    port: { type: 'string' },
    data: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const host = await serveWeb({ port: parsePort(values.port), data: values.data });
  announce(host);
  closeOnSignals(host);
});
