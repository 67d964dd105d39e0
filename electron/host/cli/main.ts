import { packageInfo } from '../api/package-info';
import { createCommandRegistry } from './command-registry';
import type { CommandIo, CommandRegistry } from './command-registry';
import { commandSpecs } from './commands';
import { runMain } from './run-main';
import { UsageError } from './usage-error';

const PROGRAM = 'wajourney';

/** --help tells the truth: what runs today and what is only announced. */
export function helpText(registry: CommandRegistry): string {
  const lines = [`${PROGRAM} ${packageInfo.version}: validate, simulate and run WhatsApp journeys`, '', 'Usage:'];
  const width = Math.max(...registry.list().map((spec) => spec.name.length));
  for (const spec of registry.list()) lines.push(`  ${PROGRAM} ${spec.usage}`);
  lines.push('', 'Commands:');
  for (const spec of registry.list()) {
    const status = spec.load ? '' : ' (not available yet)';
    lines.push(`  ${spec.name.padEnd(width)}  ${spec.summary}${status}`);
  }
  lines.push('', 'Options:', '  -h, --help     show this help (or a command\'s: wajourney COMMAND --help)', '  -v, --version  print the version');
  lines.push('', 'Exit codes: 0 success, 1 the journey has an error finding, 2 bad usage or unreadable input.');
  return `${lines.join('\n')}\n`;
}

/**
 * Dispatches `wajourney COMMAND ...` and answers the exit code. Kept free of `process` so
 * tests drive it with captured output.
 */
export async function cli(argv: readonly string[], io: CommandIo, registry: CommandRegistry = createCommandRegistry(commandSpecs)): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    io.stdout(helpText(registry));
    return 0;
  }
  if (first === '-v' || first === '--version') {
    io.stdout(`${packageInfo.version}\n`);
    return 0;
  }
  if (first.startsWith('-')) throw new UsageError(`unknown option '${first}' (see ${PROGRAM} --help)`);

  const spec = registry.find(first);
  if (!spec) throw new UsageError(`unknown command '${first}' (see ${PROGRAM} --help)`);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`Usage: ${PROGRAM} ${spec.usage}\n${spec.summary}${spec.load ? '' : ' (not available yet)'}\n`);
    return 0;
  }
  if (!spec.load) throw new UsageError(`'${spec.name}' is not available yet in this version`);
  const run = await spec.load();
  return run([...rest], io);
}

/** The process entry used by bin.mjs. */
export function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const io: CommandIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
  };
  return runMain(PROGRAM, () => cli(argv, io));
}
