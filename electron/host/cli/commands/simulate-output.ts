/**
 * How `wajourney simulate` prints a result: `--json` as the spec's JSON (plus the simulator's
 * additions), or a summary a person reads; and the progress line drawn on a terminal.
 */
import type { Journey } from '../../../../core/journey';
import type { SimulationProgress, SimulationResult } from '../../../../core/sim';
import { lookupError } from '../../../../core/whatsapp/errors';

/** The result as JSON: same inputs and seed, same bytes. */
export function resultJson(result: SimulationResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

const COLUMNS = ['entered', 'sent', 'delivered', 'read', 'replied', 'failed', 'exited'] as const;

function number(n: number): string {
  return n.toLocaleString('en-US');
}

function money(amount: number): string {
  return amount.toFixed(amount !== 0 && amount < 0.01 ? 4 : 2);
}

function plural(n: number, word: string): string {
  return `${number(n)} ${word}${n === 1 ? '' : 's'}`;
}

function table(result: SimulationResult): string[] {
  const ids = Object.keys(result.nodes);
  const rows = ids.map((id) => [id, ...COLUMNS.map((c) => number(result.nodes[id]?.[c] ?? 0))]);
  const header = ['node', ...COLUMNS];
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => (r[k] as string).length)));
  const line = (cells: string[]) => cells.map((cell, k) => (k === 0 ? cell.padEnd(widths[k] as number) : cell.padStart(widths[k] as number))).join('  ');
  return [line(header), ...rows.map(line)];
}

/** What delivered messages cost, by category and by market: a simulation's or a run's (`wajourney run`). */
export function costLines(cost: Pick<SimulationResult['cost'], 'currency' | 'total' | 'byCategory' | 'byMarket'>): string[] {
  const categories = Object.entries(cost.byCategory).filter(([, amount]) => (amount ?? 0) > 0) as [string, number][];
  const lines = [`Cost: ${money(cost.total)} ${cost.currency}${categories.length > 0 ? ` (${categories.map(([c, a]) => `${c.toLowerCase()} ${money(a)}`).join(', ')})` : ''}, for delivered messages.`];
  // The costliest market first: where the money goes is what a marketer looks for.
  const markets = Object.entries(cost.byMarket).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  if (markets.length > 0) lines.push(`Cost by market: ${markets.map(([market, a]) => `${market} ${money(a)}`).join(', ')} ${cost.currency}.`);
  return lines;
}

/** The text summary: what was played, who was skipped, per-node counts, errors, cost (by category and market) and quality. */
export function resultText(result: SimulationResult, journey: Journey, channel: string): string {
  const lines = [
    `Simulated "${journey.name}" (${journey.id}) over ${plural(result.contacts, 'contact')}, from ${result.start}, seed ${result.seed}.`,
    `Capacity: ${channel}.`,
    `Finished at ${result.finishedAt} after ${plural(result.events, 'event')}: ${number(result.outcome.exited)} left the journey, ${number(result.outcome.waiting)} still waiting${result.outcome.notArrived > 0 ? `, ${number(result.outcome.notArrived)} not arrived` : ''}.`,
  ];
  if (result.stopped) lines.push(result.stopped === 'cancelled' ? 'Stopped before the end: cancelled.' : 'Stopped before the end: too many events (does the journey loop?).');
  const skipped = Object.entries(result.skipped);
  if (skipped.length > 0) lines.push(`Skipped: ${skipped.map(([reason, n]) => `${number(n)} ${reason.replaceAll('_', ' ')}`).join(', ')}.`);
  lines.push('', ...table(result), '');
  const errors = Object.entries(result.errors);
  if (errors.length > 0) {
    lines.push('Failed messages by Meta error:');
    for (const [code, n] of errors) lines.push(`  ${code}  ${number(n).padStart(8)}  ${lookupError(Number(code)).title}`);
  } else {
    lines.push('No message failed.');
  }
  const { quality } = result;
  lines.push(...costLines(result.cost));
  lines.push(`Projected quality: ${quality.projected} (${(quality.blockRate * 100).toFixed(2)}% of ${number(quality.delivered)} delivered messages led to a block).`);
  return `${lines.join('\n')}\n`;
}

/** One progress line for a terminal (redrawn in place with a carriage return). */
export function progressLine(progress: SimulationProgress, width = 24): string {
  const done = progress.contacts === 0 ? 1 : progress.exited / progress.contacts;
  const filled = Math.round(done * width);
  return `\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${Math.floor(done * 100)}% of ${number(progress.contacts)} contacts done, ${number(progress.events)} events, at ${new Date(progress.now).toISOString()}`;
}
