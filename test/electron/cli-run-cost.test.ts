/**
 * `wajourney run --json` prints a `cost` like `simulate --json`: a one-message marketing
 * journey run against the in-process sandbox, its cost checked against the example card's
 * rate for the contacts' market times the messages the run counted delivered.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../electron/host/cli/commands/run';
import { EXAMPLE_PRICING_CARD } from '../../core/whatsapp/pricing';
import { useTempDirs } from './temp-dir';
import { audienceCsv, oneMessageJourney, welcomeTemplate } from './executor/helpers';

const tempDir = useTempDirs();

/** Messages with a `delivered` or `read` event in the journal (`crc json` lines), each once. */
async function deliveredInJournal(path: string): Promise<number> {
  const messages = new Set<string>();
  for (const line of (await readFile(path, 'utf8')).split('\n')) {
    if (line === '') continue;
    const record = JSON.parse(line.slice(line.indexOf(' ') + 1)) as { k: string; c: number; e?: { type: string; node?: string } };
    if (record.k === 'ev' && (record.e?.type === 'delivered' || record.e?.type === 'read')) messages.add(`${record.c}:${record.e.node}`);
  }
  return messages.size;
}

/** Runs the one-message marketing journey over 200 contacts in a fresh folder, with `flags` after the spec's. */
async function runPromo(flags: string[]): Promise<{ dir: string; code: number; out: string; err: string }> {
  const dir = await tempDir();
  const promo = { ...welcomeTemplate, name: 'welcome', category: 'MARKETING' as const };
  await writeFile(join(dir, 'one.journey.json'), JSON.stringify({ format: 'wa-journey', version: 1, journey: oneMessageJourney(), templates: [promo] }));
  // 200 sends at the sandbox's 80/s take seconds: the first ones are delivered before the end.
  await writeFile(join(dir, 'audience.csv'), audienceCsv(200));
  let out = '';
  let err = '';
  const code = await runCommand(['one.journey.json', '--audience', 'audience.csv', '--data', 'data', ...flags], {
    cwd: dir,
    env: {},
    isTTY: false,
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    readFile: (path) => readFile(resolve(dir, path), 'utf8'),
  });
  return { dir, code, out, err };
}

describe('wajourney run', () => {
  it('prints the run’s cost by category and market in its text summary, as simulate does', async () => {
    const { dir, code, out, err } = await runPromo([]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const delivered = await deliveredInJournal(join(dir, 'data/runs/cli-j-one/journal.ndjson'));
    expect(delivered).toBeGreaterThan(0);
    const total = delivered * EXAMPLE_PRICING_CARD.other.MARKETING;
    const money = total.toFixed(total < 0.01 ? 4 : 2);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^run cli-j-one: completed, 200 contacts, 200 done$/);
    expect(lines).toContain(`Cost: ${money} USD (marketing ${money}), for delivered messages.`);
    expect(lines.at(-1)).toBe(`Cost by market: FR ${money} USD.`);
  }, 90_000);

  it('prints the run’s cost by category and market with --json, for delivered messages only', async () => {
    const { dir, code, out, err } = await runPromo(['--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const summary = JSON.parse(out) as {
      nodes: Record<string, { sent: number; delivered: number }>;
      cost: { currency: string; total: number; byCategory: Record<string, number>; byMarket: Record<string, number>; byNode: Record<string, number> };
    };
    // Statuses that came after the executor went idle are journaled too: count the journal's own.
    const delivered = await deliveredInJournal(join(dir, 'data/runs/cli-j-one/journal.ndjson'));
    expect(delivered).toBeGreaterThan(0);
    expect(delivered).toBeGreaterThanOrEqual(summary.nodes.welcome!.delivered);
    // French numbers: France is not on the example card, so Meta's "Other" marketing rate.
    const expected = delivered * EXAMPLE_PRICING_CARD.other.MARKETING;
    expect(summary.cost.currency).toBe('USD');
    expect(summary.cost.total).toBeCloseTo(expected, 10);
    expect(summary.cost.byCategory).toEqual({ MARKETING: summary.cost.total, UTILITY: 0, AUTHENTICATION: 0, SERVICE: 0 });
    expect(summary.cost.byMarket).toEqual({ FR: summary.cost.total });
    expect(summary.cost.byNode).toEqual({ welcome: summary.cost.total });
    // The same keys as simulate's summary, in its order, then the run's own.
    expect(Object.keys(summary)).toEqual(['contacts', 'skipped', 'nodes', 'errors', 'cost', 'finishedAt', 'status', 'uncertain']);
  }, 90_000);
});
