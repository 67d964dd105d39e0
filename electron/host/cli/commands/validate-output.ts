/**
 * How `wajourney validate` prints findings: `--json` in the spec's exact shape, or lines a
 * person reads, coloured by severity on a terminal and plain when piped or with NO_COLOR.
 */
import type { Finding, Severity } from '../../../../core/rules';

/** The spec's `--json` shape: `{ "findings": [ { rule, severity, node?, edge?, message } ] }`. */
export function findingsJson(findings: readonly Finding[]): string {
  const rows = findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    ...(f.node !== undefined ? { node: f.node } : {}),
    ...(f.edge !== undefined ? { edge: f.edge } : {}),
    message: f.message,
  }));
  return `${JSON.stringify({ findings: rows }, null, 2)}\n`;
}

const COLOURS: Record<Severity, string> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' };
const DIM = '\u001b[2m';
const BOLD = '\u001b[1m';
const RESET = '\u001b[0m';

/** Whether to colour: a terminal, and no NO_COLOR (any non-empty value, per no-color.org). */
export function useColour(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return isTTY && !env.NO_COLOR;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * One line per finding (`error    template.paused  node t1  message`), then a summary line.
 * Severity and rule are padded into columns so a long list scans down the left edge.
 */
export function findingsText(title: string, findings: readonly Finding[], colour: boolean): string {
  const paint = (code: string, text: string) => (colour ? `${code}${text}${RESET}` : text);
  const ruleWidth = Math.max(0, ...findings.map((f) => f.rule.length));
  const lines = findings.map((f) => {
    const where = f.node !== undefined ? `node ${f.node}` : f.edge !== undefined ? `edge ${f.edge}` : '';
    const severity = paint(COLOURS[f.severity], f.severity.padEnd(7));
    const rule = paint(DIM, f.rule.padEnd(ruleWidth));
    return `${severity}  ${rule}  ${where ? `${paint(BOLD, where)}  ` : ''}${f.message}`;
  });
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const infos = findings.length - errors - warnings;
  const parts = [count(errors, 'error'), count(warnings, 'warning'), ...(infos > 0 ? [count(infos, 'notice')] : [])];
  const summary = findings.length === 0 ? `${title}: no findings` : `${title}: ${parts.join(', ')}`;
  return `${[...lines, errors > 0 ? paint(COLOURS.error, summary) : summary].join('\n')}\n`;
}
