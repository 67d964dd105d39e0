/**
 * `npm run bench`: runs every `test/bench/*.bench.ts` (or those named on the command line) one
 * after another and prints their figures. A benchmark module exports
 * `run(): Promise<BenchReport>`; targets are printed beside the figures, never asserted in unit tests.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchReport } from './report';
import { formatReport } from './report';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

let failed = 0;
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run: () => Promise<BenchReport> };
  const report = await mod.run();
  console.log(formatReport(report));
  failed += report.figures.filter((f) => f.target !== undefined && !f.met).length;
}
console.log(failed === 0 ? 'bench: every target met' : `bench: ${failed} target(s) missed`);
process.exitCode = failed === 0 ? 0 : 1;
