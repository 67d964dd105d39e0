/** Split rules: random shares add up, engagement splits measure a message sent before them, attribute conditions are sound. */
import { CONDITION_OPS, isMessageNode, type Condition, type JourneyNode, type NodeOf } from '../../journey';
import type { RuleContext } from '../context';
import { dominators } from '../dominators';

const OPS: ReadonlySet<string> = new Set(CONDITION_OPS);
/** Tolerance for shares such as 33.3 + 33.3 + 33.4 written in binary floating point. */
const EPSILON = 1e-9;

/** Runs the split rules. */
export function checkSplits(ctx: RuleContext): void {
  const g = ctx.graph;
  for (let i = 0; i < g.nodes.length; i++) {
    const node = g.nodes[i]!;
    if (g.index.get(node.id) !== i) continue;
    if (node.type === 'split_random') checkRandom(ctx, node);
    else if (node.type === 'split_attribute') checkAttribute(ctx, node);
    else if (node.type === 'split_engagement') checkEngagement(ctx, node, i);
  }
}

function checkDuplicates(ctx: RuleContext, node: JourneyNode, ids: readonly string[], reserved: readonly string[]): void {
  const seen = new Set(reserved);
  ids.forEach((id, b) => {
    if (seen.has(id)) ctx.report('split.condition-invalid', { node: node.id, variant: 'duplicate', params: { branch: id }, path: ['data', 'branches', b, 'id'] });
    seen.add(id);
  });
}

function checkRandom(ctx: RuleContext, node: NodeOf<'split_random'>): void {
  const branches = node.data.branches ?? [];
  if (branches.length === 0) return; // structure.config-missing
  checkDuplicates(ctx, node, branches.map((b) => b.id), []);
  let sum = 0;
  branches.forEach((branch, b) => {
    sum += branch.percent;
    if (branch.percent < 0) {
      ctx.report('split.percent-sum', { node: node.id, variant: 'negative', params: { branch: branch.id, percent: branch.percent }, path: ['data', 'branches', b, 'percent'] });
    }
  });
  if (!(Math.abs(sum - 100) <= EPSILON)) ctx.report('split.percent-sum', { node: node.id, params: { sum }, path: ['data', 'branches'] });
}

function checkAttribute(ctx: RuleContext, node: NodeOf<'split_attribute'>): void {
  const branches = node.data.branches ?? [];
  // `else` is the handle of contacts no branch matches: a branch of that name would be ambiguous.
  checkDuplicates(ctx, node, branches.map((b) => b.id), ['else']);
  branches.forEach((branch, b) => {
    const at = (variant: string, params: Record<string, string>, path: (string | number)[]): void =>
      ctx.report('split.condition-invalid', { node: node.id, variant, params: { branch: branch.id, ...params }, path: ['data', 'branches', b, ...path] });
    if (branch.when.length === 0) at('empty', {}, ['when']);
    branch.when.forEach((condition, c) => {
      const problem = conditionProblem(condition);
      if (problem) at(problem, { op: condition.op, value: display(condition.value) }, ['when', c, problem === 'attribute' ? 'attribute' : problem === 'operator' ? 'op' : 'value']);
    });
  });
}

/** What is wrong with a condition, as a message variant, or undefined. */
function conditionProblem(condition: Condition): string | undefined {
  if (condition.attribute.trim() === '') return 'attribute';
  if (!OPS.has(condition.op)) return 'operator';
  if (condition.op === 'exists') return undefined;
  const value = condition.value;
  if (value === undefined || value === null || value === '') return 'value';
  if (condition.op === 'in') return Array.isArray(value) && value.length > 0 ? undefined : 'list';
  if (condition.op === 'gt' || condition.op === 'lt') {
    const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
    return Number.isFinite(number) ? undefined : 'number';
  }
  return undefined;
}

function display(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return `"${value}"`;
  const json = JSON.stringify(value);
  return json ?? String(value);
}

function checkEngagement(ctx: RuleContext, node: NodeOf<'split_engagement'>, i: number): void {
  const message = node.data.message;
  if (message === undefined || message.trim() === '') return; // structure.config-missing
  const m = ctx.graph.index.get(message);
  const path = ['data', 'message'];
  if (m === undefined) {
    ctx.report('split.engagement-source', { node: node.id, variant: 'not-found', params: { message }, path });
    return;
  }
  const source = ctx.node(m);
  if (!isMessageNode(source)) {
    ctx.report('split.engagement-source', { node: node.id, variant: 'not-message', params: { message, type: source.type }, path });
    return;
  }
  if (!ctx.graph.reachable[i]) return; // structure.unreachable: no path to judge
  const dom = ctx.memo('dominators', () => dominators(ctx.graph));
  if (dom && !dom.dominates(m, i)) ctx.report('split.engagement-source', { node: node.id, params: { message }, path });
}
