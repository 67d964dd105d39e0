/** Split rules: random shares add up, engagement splits measure a message sent before them, attribute conditions are sound. */
import { CONDITION_OPS, isMessageNode, type Condition, type JourneyNode, type NodeOf } from '../../journey';
import { templateButtonSpecs } from '../../interpreter/compile-nodes';
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
    if (!g.primary[i]) continue;
    if (node.type === 'split_random') checkRandom(ctx, node);
    else if (node.type === 'split_attribute') checkAttribute(ctx, node);
    else if (node.type === 'split_engagement') checkEngagement(ctx, node, i);
  }
}

function checkDuplicates(ctx: RuleContext, node: JourneyNode, branches: readonly { id: string }[], reserved: string | undefined): void {
  const seen = new Set<string>();
  if (reserved !== undefined) seen.add(reserved);
  for (let b = 0; b < branches.length; b++) {
    const id = branches[b]!.id;
    if (seen.has(id)) ctx.report('split.condition-invalid', { node: node.id, variant: 'duplicate', params: { branch: id }, path: ['data', 'branches', b, 'id'] });
    seen.add(id);
  }
}

function checkRandom(ctx: RuleContext, node: NodeOf<'split_random'>): void {
  const branches = node.data.branches ?? [];
  if (branches.length === 0) return; // structure.config-missing
  checkDuplicates(ctx, node, branches, undefined);
  let sum = 0;
  for (let b = 0; b < branches.length; b++) {
    const branch = branches[b]!;
    sum += branch.percent;
    if (branch.percent < 0) {
      ctx.report('split.percent-sum', { node: node.id, variant: 'negative', params: { branch: branch.id, percent: branch.percent }, path: ['data', 'branches', b, 'percent'] });
    }
  }
  if (!(Math.abs(sum - 100) <= EPSILON)) ctx.report('split.percent-sum', { node: node.id, params: { sum }, path: ['data', 'branches'] });
}

function checkAttribute(ctx: RuleContext, node: NodeOf<'split_attribute'>): void {
  const branches = node.data.branches ?? [];
  // `else` is the handle of contacts no branch matches: a branch of that name would be ambiguous.
  checkDuplicates(ctx, node, branches, 'else');
  for (let b = 0; b < branches.length; b++) {
    const branch = branches[b]!;
    const base = ['data', 'branches', b];
    if (branch.when.length === 0) {
      ctx.report('split.condition-invalid', { node: node.id, variant: 'empty', params: { branch: branch.id }, path: [...base, 'when'] });
    }
    for (let c = 0; c < branch.when.length; c++) {
      const condition = branch.when[c]!;
      const problem = conditionProblem(condition);
      if (!problem) continue;
      const field = problem === 'attribute' ? 'attribute' : problem === 'operator' ? 'op' : 'value';
      ctx.report('split.condition-invalid', {
        node: node.id,
        variant: problem,
        params: { branch: branch.id, op: condition.op, value: display(condition.value) },
        path: [...base, 'when', c, field],
      });
    }
  }
}

/** What is wrong with a condition, as a message variant, or undefined. */
function conditionProblem(condition: Condition): string | undefined {
  if (condition.attribute.trim() === '') return 'attribute';
  if (!OPS.has(condition.op)) return 'operator';
  if (condition.op === 'exists') return undefined;
  const value = condition.value;
  // An empty string is a value ("city is empty"); only an absent one is missing.
  if (value === undefined || value === null) return 'value';
  // A lone value is a list of one for the interpreter; only an empty list can never match.
  if (condition.op === 'in' && Array.isArray(value) && value.length === 0) return 'list';
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
  checkButton(ctx, node, source);
  if (!ctx.graph.reachable[i]) return; // structure.unreachable: no path to judge
  const dom = ctx.memo('dominators', () => dominators(ctx.graph));
  if (dom && !dom.dominates(m, i)) ctx.report('split.engagement-source', { node: node.id, params: { message }, path });
}

/**
 * What a tap on each button of a message reports, as the interpreter compares it with the
 * split's `button`: a session button's id, a template button's text (any translation of the
 * template; quick replies and URL buttons). Undefined when the template is unknown
 * (template.not-found says so).
 */
function buttonPayloads(ctx: RuleContext, message: NodeOf<'whatsapp_template'> | NodeOf<'whatsapp_session'>): string[] | undefined {
  if (message.type === 'whatsapp_session') {
    const content = message.data.message;
    return content?.kind === 'buttons' ? content.buttons.map((b) => b.id) : [];
  }
  const name = message.data.template;
  const translations = name === undefined ? [] : ctx.translations(name);
  if (translations.length === 0) return undefined;
  return [...new Set(translations.flatMap((t) => templateButtonSpecs(t, () => 0).map((b) => b.payload)))];
}

/** The split's `button` must be one the measured message has: no tap can report another. */
function checkButton(ctx: RuleContext, node: NodeOf<'split_engagement'>, message: NodeOf<'whatsapp_template'> | NodeOf<'whatsapp_session'>): void {
  const button = node.data.button;
  if (button === undefined) return;
  const payloads = buttonPayloads(ctx, message);
  if (payloads === undefined || payloads.includes(button)) return;
  ctx.report('split.engagement-source', {
    node: node.id,
    variant: payloads.length === 0 ? 'no-buttons' : 'button',
    params: { message: message.id, button, buttons: payloads.map((b) => `"${b}"`).join(', ') },
    path: ['data', 'button'],
  });
}
