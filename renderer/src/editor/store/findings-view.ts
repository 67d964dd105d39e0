/**
 * What the canvas shows of the findings: error and warning counts per step, and, for a
 * session-window error, the offending path with the worst-case hours since the contact last
 * wrote at each step of it. The hours come from core's own window analysis, so the canvas and
 * the rule can never disagree.
 */
import type { Journey } from '../../../../core/journey';
import type { Finding } from '../../../../core/rules';
import { buildGraph } from '../../../../core/rules/graph';
import { windowStates } from '../../../../core/rules/session-window/analysis';

export type Badge = { readonly errors: number; readonly warnings: number };

export type PathHighlight = {
  /** The step the finding is about. */
  readonly target: string;
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
  /** Hours since the last inbound message when a contact reaches each step (absent: no window was ever opened). */
  readonly hoursAt: ReadonlyMap<string, number>;
};

const HOUR_MS = 3_600_000;

export function badgesOf(findings: readonly Finding[]): ReadonlyMap<string, Badge> {
  const badges = new Map<string, Badge>();
  for (const f of findings) {
    if (!f.node || f.severity === 'info') continue;
    const b = badges.get(f.node) ?? { errors: 0, warnings: 0 };
    badges.set(f.node, f.severity === 'error' ? { ...b, errors: b.errors + 1 } : { ...b, warnings: b.warnings + 1 });
  }
  return badges;
}

/** The path a finding names (`params.path`, node ids), lit on the canvas; undefined for other findings. */
export function pathHighlight(journey: Journey, finding: Finding): PathHighlight | undefined {
  const path = finding.params?.path;
  if (!Array.isArray(path) || path.length === 0 || !finding.node) return undefined;
  const ids = path as readonly string[];
  const nodes = new Set(ids);
  const edges = new Set<string>();
  for (let i = 1; i < ids.length; i++) {
    const edge = journey.edges.find((e) => e.source === ids[i - 1] && e.target === ids[i]);
    if (edge) edges.add(edge.id);
  }
  const hoursAt = new Map<string, number>();
  const graph = buildGraph(journey);
  const states = windowStates(graph);
  if (states) {
    for (const id of ids) {
      const i = graph.index.get(id);
      // kind 1: a window was opened on the way; its elapsed time is the worst case here.
      if (i !== undefined && states.kind[i] === 1 && Number.isFinite(states.elapsed[i])) hoursAt.set(id, states.elapsed[i]! / HOUR_MS);
    }
  }
  return { target: finding.node, nodes, edges, hoursAt };
}

/** Everything a step shows besides its own data, in one object per step. */
export type StepDecoration = {
  readonly errors: number;
  readonly warnings: number;
  readonly lit: boolean;
  readonly target: boolean;
  readonly hours: number | undefined;
  readonly mark: 'added' | 'removed' | 'changed' | undefined;
};

function sameDecoration(a: StepDecoration, b: StepDecoration): boolean {
  return a.errors === b.errors && a.warnings === b.warnings && a.lit === b.lit && a.target === b.target && a.hours === b.hours && a.mark === b.mark;
}

/**
 * One decoration per decorated step, keeping the previous object of every step whose
 * decoration did not change: each step component then subscribes to one value, and only the
 * steps whose badges or path changed re-render.
 */
export function decorate(
  previous: ReadonlyMap<string, StepDecoration>,
  badges: ReadonlyMap<string, Badge>,
  highlight: PathHighlight | null,
  marks: ReadonlyMap<string, StepDecoration['mark'] & string>,
): ReadonlyMap<string, StepDecoration> {
  const ids = new Set([...badges.keys(), ...(highlight?.nodes ?? []), ...marks.keys()]);
  const next = new Map<string, StepDecoration>();
  for (const id of ids) {
    const badge = badges.get(id);
    const made: StepDecoration = {
      errors: badge?.errors ?? 0,
      warnings: badge?.warnings ?? 0,
      lit: highlight?.nodes.has(id) ?? false,
      target: highlight?.target === id,
      hours: highlight?.hoursAt.get(id),
      mark: marks.get(id),
    };
    const old = previous.get(id);
    next.set(id, old && sameDecoration(old, made) ? old : made);
  }
  return next;
}
