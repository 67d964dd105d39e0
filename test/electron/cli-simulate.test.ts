import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_START, simulateCommand, type SimulateIo } from '../../electron/host/cli/commands/simulate';
import { UsageError } from '../../electron/host/cli/usage-error';
import type { SimulationResult } from '../../core/sim';
import { projectRoot, runNode } from './run-process';

const fixtures = join(projectRoot, 'test/fixtures/journeys');
const manifest = JSON.parse(await readFile(join(fixtures, 'index.json'), 'utf8')) as { file: string; audience?: string }[];
const sample = ['assets/sample/journeys/promo-reply.journey.json', '--audience', 'assets/sample/audience.csv', '--templates', 'assets/sample/templates.json', '--channels', 'assets/sample/channels.json'];

/** Captured io over the project's files, with in-memory files for the odd cases and a fake clock. */
function io(options: { tty?: boolean; files?: Record<string, string>; cwd?: string; batch?: number } = {}): SimulateIo & { out: string; err: string } {
  let now = 0;
  const capture = {
    out: '',
    err: '',
    cwd: options.cwd ?? projectRoot,
    env: {},
    stdout: (text: string) => void (capture.out += text),
    stderr: (text: string) => void (capture.err += text),
    readFile: async (path: string) => options.files?.[path] ?? readFile(resolve(options.cwd ?? projectRoot, path), 'utf8'),
    stderrIsTTY: options.tty ?? false,
    clock: () => (now += 1_000),
    batch: options.batch,
  };
  return capture;
}

async function json(argv: string[]): Promise<{ text: string; result: SimulationResult }> {
  const capture = io();
  expect(await simulateCommand([...argv, '--json'], capture)).toBe(0);
  return { text: capture.out, result: JSON.parse(capture.out) as SimulationResult };
}

describe('wajourney simulate', () => {
  it('prints the spec’s JSON with the seed, byte-identical for the same inputs, with fixed default seed and start', async () => {
    const first = await json(sample);
    expect((await json(sample)).text).toBe(first.text);
    expect(Object.keys(first.result).slice(0, 7)).toEqual(['contacts', 'skipped', 'nodes', 'errors', 'cost', 'finishedAt', 'seed']);
    expect(Object.keys(first.result.cost)).toEqual(['currency', 'total', 'byCategory', 'byMarket']);
    expect(Object.keys(first.result.cost.byMarket)).toEqual(['DE', 'ES', 'FR', 'GB']);
    expect(first.result).toMatchObject({ contacts: 200, seed: 1, start: DEFAULT_START });
    // The sample audience has five contacts without WhatsApp opt-in and six US numbers (marketing blocked).
    expect(first.result.skipped.no_whatsapp_opt_in).toBe(5);
    expect(first.result.errors['131049']).toBe(6);
    // The added `edges`: contacts per link by edge id, the entry's one link taking every contact that entered.
    expect(first.result.edges).toMatchObject({ 'e-entry-promo': first.result.nodes.entry?.entered });
    expect(Object.values(first.result.edges).every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
    const other = await json([...sample, '--seed', '7', '--start', '2026-12-02T10:00:00+01:00']);
    expect(other.result).toMatchObject({ seed: 7, start: '2026-12-02T09:00:00.000Z' });
    expect(other.text).not.toBe(first.text);
  });

  it('prints a readable summary by default', async () => {
    const capture = io();
    expect(await simulateCommand(sample, capture)).toBe(0);
    expect(capture.out).toMatch(/^Simulated "Winter promotion with reply handling" \(promo-reply\) over 200 contacts, from 2026-12-01T09:00:00.000Z, seed 1\./);
    expect(capture.out).toMatch(/Capacity: channel ch-sandbox, a messaging limit of 1,000 contacts a day, 80 messages per second/);
    expect(capture.out).toMatch(/^node +entered +sent +delivered +read +replied +failed +exited$/m);
    expect(capture.out).toMatch(/^ {2}131049 +6 {2}\S/m);
    expect(capture.out).toMatch(/^Cost: \d+\.\d\d USD \(marketing/m);
    // The sample audience: 145 French, 20 British, 15 German, 14 Spanish contacts (US ones are refused), the costliest first.
    const byMarket = /^Cost by market: (.+) USD\.$/m.exec(capture.out)?.[1]?.split(', ').map((entry) => entry.split(' ')[0]);
    expect(byMarket?.slice().sort()).toEqual(['DE', 'ES', 'FR', 'GB']);
    expect(byMarket?.[0]).toBe('FR');
    expect(capture.err).toBe('');
    const without = io();
    await simulateCommand(sample.slice(0, 5), without);
    expect(without.out).toMatch(/Capacity: channel ch-sandbox not found \(give it with --channels\), so no messaging limit/);
  });

  it('applies a world file', async () => {
    const files = { 'w.json': JSON.stringify({ deliveryRate: 0, blockRate: 0 }) };
    const capture = io({ files });
    expect(await simulateCommand([...sample, '--world', 'w.json', '--json'], capture)).toBe(0);
    const result = JSON.parse(capture.out) as SimulationResult;
    expect(result.cost.total).toBe(0);
    expect(result.nodes.promo?.delivered).toBe(0);
  });

  it('draws a progress line on stderr when it is a terminal, and clears it', async () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => `+336${String(10_000_000 + i)},fr,FR,true,true,Ana`).join('\n');
    const capture = io({ tty: true, batch: 1_000, files: { 'big.csv': `phone,locale,country,whatsapp_opt_in,marketing_opt_in,first_name\n${rows}\n` } });
    expect(await simulateCommand(['assets/sample/journeys/promo-reply.journey.json', '--audience', 'big.csv', '--templates', 'assets/sample/templates.json'], capture)).toBe(0);
    expect(capture.err).toMatch(/^\r\[#* *\] \d+% of 2,000 contacts done, [\d,]+ events, at 2026-/);
    expect(capture.err.endsWith('\r\u001b[2K')).toBe(true);
  });

  it.each(manifest.map((f) => [f.file, f] as const))('plays %s even with error findings', async (_name, fixture) => {
    const capture = io({ cwd: fixtures });
    const audience = fixture.audience ?? join(projectRoot, 'assets/sample/audience.csv');
    expect(await simulateCommand([fixture.file, '--audience', audience, '--json'], capture)).toBe(0);
    expect(JSON.parse(capture.out)).toHaveProperty('finishedAt');
  });

  it.each([
    [['j.json'], /^simulate needs --audience CSV/],
    [['--audience', 'a.csv'], /^simulate needs a JOURNEY file/],
    [['missing.json', '--audience', 'assets/sample/audience.csv'], /^cannot read missing.json: no such file$/],
    [['broken.json', '--audience', 'assets/sample/audience.csv'], /^broken.json: line 1, column 2/],
    [[...sample, '--world', 'bad-world.json'], /^bad-world.json: deliveryRate: expected a probability from 0 to 1/],
    [[...sample, '--seed=-3'], /^invalid --seed '-3'/],
    [[...sample, '--seed', '1.5'], /^invalid --seed '1.5'/],
    [[...sample, '--start', 'tomorrow'], /^invalid --start 'tomorrow'/],
    [[...sample, '--bogus'], /^unknown option '--bogus'/i],
  ])('%j is a usage error (exit 2, one line)', async (argv, message) => {
    const files = { 'broken.json': '{', 'bad-world.json': '{ "deliveryRate": 3 }' };
    const error = await simulateCommand(argv, io({ files })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toMatch(message);
    expect((error as UsageError).message).not.toContain('\n');
    expect((error as UsageError).exitCode).toBe(2);
  });
});

describe('wajourney simulate through the launcher', () => {
  it('runs from bin.mjs and exits 0, or 2 with one line for an unreadable input', async () => {
    const ok = await runNode(['electron/host/cli/bin.mjs', 'simulate', ...sample, '--json'], { timeoutMs: 60_000 });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ contacts: 200, seed: 1 });
    const bad = await runNode(['electron/host/cli/bin.mjs', 'simulate', 'nope.json', '--audience', 'assets/sample/audience.csv'], { timeoutMs: 60_000 });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('wajourney: cannot read nope.json: no such file\n');
  }, 120_000);
});
