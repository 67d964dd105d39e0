/** Structure rules: one entry, valid connections, no loop, every step reachable, connected and configured. */
import type { JourneyNode } from '../../journey';
import { requiredHandles } from '../../journey/handles';
import type { RuleContext } from '../context';
import { findLoops } from '../cycles';
import { edgeFrom } from '../graph';
import { issuePath, SESSION_MISSING, sessionIssues } from '../session-issues';

/** Runs every structure rule. */
export function checkStructure(ctx: RuleContext): void {
  checkEntries(ctx);
  checkEdges(ctx);
  checkLoops(ctx);
  checkReach(ctx);
  const g = ctx.graph;
  for (let i = 0; i < g.nodes.length; i++) {
    const node = g.nodes[i]!;
    if (!g.primary[i]) continue; // a duplicate id: only the first node is the journey's
    checkHandles(ctx, node, i);
    checkConfig(ctx, node);
  }
}

function checkEntries(ctx: RuleContext): void {
  const entries = ctx.graph.entries;
  if (entries.length === 0) ctx.report('structure.entry-missing');
  if (entries.length > 1) {
    for (const i of entries) ctx.report('structure.entry-multiple', { node: ctx.node(i).id, params: { count: entries.length } });
  }
}

function checkEdges(ctx: RuleContext): void {
  const g = ctx.graph;
  const edges = ctx.journey.edges;
  for (let e = 0; e < edges.length; e++) {
    const problem = g.edgeProblem[e];
    if (problem === undefined) continue;
    const edge = edges[e]!;
    const first = g.edgeFirst[e]!;
    ctx.report('structure.edge-invalid', {
      edge: edge.id,
      variant: problem,
      params: {
        source: edge.source,
        target: edge.target,
        handle: g.edgeHandle[e]!,
        ...(first >= 0 ? { other: edges[first]!.id } : {}),
      },
    });
  }
}

function checkLoops(ctx: RuleContext): void {
  for (const loop of findLoops(ctx.graph)) {
    const ids = loop.nodes.map((i) => ctx.node(i).id);
    const closing = loop.closingEdge >= 0 ? ctx.journey.edges[loop.closingEdge]?.id : undefined;
    ctx.report('structure.cycle', {
      node: ids[0]!,
      ...(closing !== undefined ? { edge: closing } : {}),
      params: { path: ids, route: [...ids, ids[0]!].join(' → ') },
    });
  }
}

function checkReach(ctx: RuleContext): void {
  const g = ctx.graph;
  if (g.entries.length === 0) return; // entry-missing says it all
  for (let i = 0; i < g.nodes.length; i++) {
    if (!g.reachable[i] && g.primary[i]) ctx.report('structure.unreachable', { node: g.nodes[i]!.id });
  }
}

function checkHandles(ctx: RuleContext, node: JourneyNode, i: number): void {
  for (const handle of requiredHandles(node)) {
    if (edgeFrom(ctx.graph, i, handle) < 0) ctx.report('structure.dangling-branch', { node: node.id, params: { handle } });
  }
}

/** Data a step needs before it can run. Malformed values belong to their own family (wait.*, split.*). */
function checkConfig(ctx: RuleContext, node: JourneyNode): void {
  switch (node.type) {
    case 'entry':
      if (node.data.source === 'event' && !nonEmpty(node.data.event)) missing(ctx, node, 'entry-event', 'event');
      return;
    case 'whatsapp_template':
      if (!nonEmpty(node.data.template)) missing(ctx, node, 'template-name', 'template');
      return;
    case 'whatsapp_session':
      if (node.data.message === undefined) missing(ctx, node, 'session-message', 'message');
      for (const issue of sessionIssues(ctx).get(node.id) ?? []) {
        const variant = SESSION_MISSING[issue.code];
        if (variant) ctx.report('structure.config-missing', { node: node.id, variant, params: { field: issue.path }, path: ['data', ...issuePath(issue.path)] });
      }
      return;
    case 'wait':
      if (node.data.mode === 'duration' && node.data.duration === undefined) missing(ctx, node, 'wait-duration', 'duration');
      if (node.data.mode === 'until' && !nonEmpty(node.data.at)) missing(ctx, node, 'wait-at', 'at');
      if (node.data.mode === 'time_of_day' && !nonEmpty(node.data.time)) missing(ctx, node, 'wait-time', 'time');
      return;
    case 'split_engagement':
      if (!nonEmpty(node.data.message)) missing(ctx, node, 'engagement-message', 'message');
      if (node.data.metric === undefined) missing(ctx, node, 'engagement-metric', 'metric');
      return;
    case 'split_attribute':
    case 'split_random':
      if ((node.data.branches ?? []).length === 0) missing(ctx, node, 'split-branches', 'branches');
      return;
    case 'update_contact':
      if (Object.keys(node.data.set ?? {}).length === 0 && node.data.consent === undefined) missing(ctx, node, 'update-empty', 'set');
      return;
    default:
      // wait_for_reply (its timeout is wait.reply-timeout) and exit need nothing more.
      return;
  }
}

function nonEmpty(value: string | undefined): boolean {
  return value !== undefined && value.trim() !== '';
}

function missing(ctx: RuleContext, node: JourneyNode, variant: string, field: string): void {
  ctx.report('structure.config-missing', { node: node.id, variant, params: { field }, path: ['data', field] });
}
