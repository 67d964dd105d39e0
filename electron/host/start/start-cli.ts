// `npm start`: the desktop app where Electron can run, else the same app in a browser.
import { needsBuild, newestMtime, outputMtimes } from '../build/build-freshness';
import { runBuild } from '../build/run-build';
import { parseFlags, parsePort } from '../cli/flags';
import { runMain } from '../cli/run-main';
import { buildOutputs, buildSources, projectRoot } from '../paths';
import { announce, closeOnSignals, serveWeb } from '../web/serve-web';
import { electronPackageDir, findElectronRuntime } from './electron-runtime';
import { launchElectron } from './launch-electron';
import { describeLaunchFailure, launchFailed, planStart } from './start-decision';

const HELP = `Usage: npm start -- [--web] [--port N] [--data DIR]
Builds when the sources changed, then opens Journey Studio in Electron. Where Electron cannot
run, serves the same app on http://127.0.0.1 instead (as --web does).
`;

void runMain('start', async () => {
  const { values } = parseFlags(process.argv.slice(2), {
    web: { type: 'boolean' },
    port: { type: 'string' },
    data: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const port = parsePort(values.port);
  if (needsBuild(await outputMtimes(buildOutputs), await newestMtime(buildSources))) await runBuild();

  const plan = planStart(findElectronRuntime(electronPackageDir()), values.web === true);
  let notice: string;
  if (plan.mode === 'electron') {
    const outcome = await launchElectron(plan.executable, projectRoot);
    if (!launchFailed(outcome)) return outcome.kind === 'exit' ? (outcome.code ?? 1) : 1;
    notice = `Electron could not start (${describeLaunchFailure(outcome)}); serving the web host instead.`;
  } else {
    notice = plan.notice;
  }
  console.log(notice);
  const host = await serveWeb({ port, data: values.data });
  announce(host);
  closeOnSignals(host);
  return undefined;
});
