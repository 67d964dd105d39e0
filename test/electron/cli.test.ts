import { describe, expect, it, vi } from 'vitest';
import { createCommandRegistry } from '../../electron/host/cli/command-registry';
import type { CommandIo } from '../../electron/host/cli/command-registry';
import { commandSpecs } from '../../electron/host/cli/commands';
import { cli, helpText } from '../../electron/host/cli/main';
import { UsageError } from '../../electron/host/cli/usage-error';
import { runNode } from './run-process';

function io(): CommandIo & { out: string[] } {
  const out: string[] = [];
  return { out, stdout: (text) => out.push(text), stderr: (text) => out.push(text), cwd: '/tmp', env: {} };
}

describe('wajourney command dispatcher', () => {
  it('lists the commands of the spec and says which are not available yet', async () => {
    const capture = io();
    await expect(cli(['--help'], capture)).resolves.toBe(0);
    const text = capture.out.join('');
    for (const name of ['validate', 'simulate', 'run', 'sandbox']) expect(text).toMatch(new RegExp(`wajourney ${name}`));
    const registry = createCommandRegistry(commandSpecs);
    for (const spec of registry.list()) {
      const line = text.split('\n').find((l) => l.trimStart().startsWith(`${spec.name} `))!;
      expect(line.includes('not available yet')).toBe(spec.load === undefined);
    }
  });

  it('refuses an unknown command or flag with a usage error (exit 2)', async () => {
    await expect(cli(['bogus'], io())).rejects.toThrow(UsageError);
    await expect(cli(['--bogus'], io())).rejects.toThrow(/unknown option '--bogus'/);
  });

  it('says a command is not available yet rather than pretending', async () => {
    const registry = createCommandRegistry([{ name: 'simulate', usage: 'simulate X', summary: 's' }]);
    await expect(cli(['simulate', 'x.json'], io(), registry)).rejects.toThrow("'simulate' is not available yet");
  });

  it('runs a plugged-in command with its arguments and returns its exit code', async () => {
    const run = vi.fn(async () => 1);
    const registry = createCommandRegistry([{ name: 'validate', usage: 'validate J', summary: 'v', load: async () => run }]);
    const capture = io();
    await expect(cli(['validate', 'j.json', '--json'], capture, registry)).resolves.toBe(1);
    expect(run).toHaveBeenCalledWith(['j.json', '--json'], capture);
    expect(helpText(registry)).not.toContain('not available yet');
  });

  it('prints one command\'s usage with COMMAND --help', async () => {
    const capture = io();
    await expect(cli(['sandbox', '--help'], capture)).resolves.toBe(0);
    expect(capture.out.join('')).toMatch(/^Usage: wajourney sandbox \[--port N\]/);
  });

  it('refuses two commands with one name', () => {
    expect(() => createCommandRegistry([{ name: 'a', usage: 'a', summary: '' }, { name: 'a', usage: 'a', summary: '' }])).toThrow(/twice/);
  });
});

describe('wajourney launcher (bin.mjs, no build needed)', () => {
  it('prints --help and exits 0', async () => {
    const result = await runNode(['electron/host/cli/bin.mjs', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('wajourney validate JOURNEY');
  });

  it('answers an unknown command with one line on stderr and exit 2', async () => {
    const result = await runNode(['electron/host/cli/bin.mjs', 'bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual(["wajourney: unknown command 'bogus' (see wajourney --help)"]);
  });

  // Every command is implemented now; the in-process test above covers "not available yet".
  it('answers a bad flag value with one line and exit 2', async () => {
    const result = await runNode(['electron/host/cli/bin.mjs', 'sandbox', '--port', '99999']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual(["wajourney: invalid --port '99999': expected a number from 0 to 65535"]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
