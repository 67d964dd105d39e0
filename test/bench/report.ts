/** One measured figure, with the target it must meet when it has one. */
export type Figure = { name: string; value: number; unit: string; target?: string; met?: boolean };
export type BenchReport = { title: string; figures: Figure[]; notes?: string[] };

/** A figure that must stay at or below `max`. */
export function atMost(name: string, value: number, unit: string, max: number): Figure {
  return { name, value, unit, target: `<= ${max} ${unit}`, met: value <= max };
}

/** A figure printed for information only. */
export function info(name: string, value: number, unit: string): Figure {
  return { name, value, unit };
}

export function formatReport(report: BenchReport): string {
  const width = Math.max(...report.figures.map((f) => f.name.length), 10);
  const lines = report.figures.map((f) => {
    const value = Number.isInteger(f.value) ? String(f.value) : f.value.toFixed(3);
    const target = f.target ? `  target ${f.target}  ${f.met ? 'MET' : 'MISSED'}` : '';
    return `  ${f.name.padEnd(width)}  ${value} ${f.unit}${target}`;
  });
  return [`== ${report.title}`, ...lines, ...(report.notes ?? []).map((n) => `  note: ${n}`)].join('\n');
}

/** The p-th percentile (0-100) of a list of samples. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}
