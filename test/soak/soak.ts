/**
 * `npm run soak`: kill-and-resume 200 times (SOAK_KILLS to change it) with seeded kill points,
 * including between "request written" and "answer journaled"; prints the figures and exits 1
 * on a duplicate, a lost contact, or a restart finding more uncertain sends than were open.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killAndResume } from './kill-resume';

const kills = Number(process.env.SOAK_KILLS ?? 200);
const contacts = Number(process.env.SOAK_CONTACTS ?? 4_000);
const seed = Number(process.env.SOAK_SEED ?? 2026);
const dir = mkdtempSync(join(tmpdir(), 'wajourney-soak-'));

async function main(): Promise<void> {
  try {
    const figures = await killAndResume({ dir, contacts, kills, seed, log: (line) => console.log(line) });
    console.log('== soak: kill and resume');
    for (const [name, value] of Object.entries(figures)) console.log(`  ${name.padEnd(22)} ${typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(1) : value}`);
    const ok = figures.duplicates === 0 && figures.lost === 0 && figures.uncertainOverInFlight === 0;
    console.log(ok ? 'soak: zero duplicates, zero lost contacts, uncertain never above in flight' : 'soak: FAILED');
    process.exitCode = ok ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
