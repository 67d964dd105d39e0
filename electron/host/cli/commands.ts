import type { CommandSpec } from './command-registry';

/**
 * The commands of `wajourney`, with the synopsis of docs/spec (journey-format.md, "Command
 * line"). To implement one, write `electron/host/cli/commands/<name>.ts` exporting
 * `run: CommandRun` and add `load: () => import('./commands/<name>').then((m) => m.run)` to
 * its entry below; --help then lists it as available.
 */
export const commandSpecs: readonly CommandSpec[] = [
  {
    name: 'validate',
    usage: 'validate JOURNEY [--templates FILE] [--channels FILE] [--audience CSV] [--json]',
    summary: 'print the findings of a journey (exit 1 with an error finding)',
    load: () => import('./commands/validate').then((m) => m.run),
  },
  {
    name: 'simulate',
    usage: 'simulate JOURNEY --audience CSV [--world FILE] [--seed N] [--start ISO] [--json] [--templates FILE] [--channels FILE]',
    summary: 'play a journey over an audience on a virtual clock',
    load: () => import('./commands/simulate').then((m) => m.run),
  },
  {
    name: 'run',
    usage: 'run JOURNEY --audience CSV [--channel FILE] [--data DIR] [--json] [--dry-run]',
    summary: 'execute a journey for real (sandbox or Meta), resuming where it stopped',
    load: () => import('./commands/run').then((m) => m.run),
  },
  {
    name: 'sandbox',
    usage: 'sandbox [--port N] [--webhook URL] [--templates FILE] [--token T]',
    summary: 'run the sandbox Meta server alone on 127.0.0.1',
    load: () => import('./commands/sandbox').then((m) => m.run),
  },
];
