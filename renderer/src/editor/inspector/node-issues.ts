/**
 * Inline validation for the inspector: the rules that judge a step on its own, run by core's
 * validateJourney over a journey of that one step. The messages are the rules' own, in the
 * interface language, and a form can never disagree with the findings panel.
 */
import type { Channel, JourneyNode } from '../../../../core/journey';
import { validateJourney, type Finding, type Language, type RuleId } from '../../../../core/rules';
import type { Template } from '../../../../core/whatsapp/template';

export type IssuePath = readonly (string | number)[];

// Rules about the graph around a step (entry, connections, reach, the window, the audience)
// would report a lone step wrongly; the findings panel has them.
const GRAPH_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'structure.entry-missing', 'structure.entry-multiple', 'structure.edge-invalid', 'structure.cycle',
  'structure.unreachable', 'structure.dangling-branch', 'session.outside-window', 'split.engagement-source',
  'consent.opt-in-missing', 'consent.marketing-opt-in', 'capacity.messaging-limit', 'capacity.quality-red',
]);

/** The findings about `node` alone. Cheap (one step), so it can run on every keystroke. */
export function nodeIssues(node: JourneyNode, templates: readonly Template[], channel: Channel | undefined, language: Language): Finding[] {
  const journey = { id: 'inspector', name: '', timezone: 'UTC', nodes: [node], edges: [], ...(channel ? { channel: channel.id } : {}) };
  return validateJourney({ journey, templates, channels: channel ? [channel] : [], language }).filter((f) => !GRAPH_RULES.has(f.rule));
}

function startsWith(path: IssuePath | undefined, prefix: IssuePath): boolean {
  return path !== undefined && prefix.length <= path.length && prefix.every((key, i) => path[i] === key);
}

/** Messages of the findings at or below `prefix` (`['data', 'timeout']` also takes `['data', 'timeout', 'amount']`). */
export function messagesAt(findings: readonly Finding[], prefix: IssuePath): string[] {
  return findings.filter((f) => startsWith(f.path, prefix)).map((f) => f.message);
}

/** Messages of the findings exactly at `path` (a list's own problems, not its items'). */
export function messagesExactlyAt(findings: readonly Finding[], path: IssuePath): string[] {
  return findings.filter((f) => f.path?.length === path.length && startsWith(f.path, path)).map((f) => f.message);
}

/** The findings no field of a form shows inline: the inspector lists them above the form. */
export function unclaimed(findings: readonly Finding[], claimed: readonly IssuePath[]): Finding[] {
  return findings.filter((f) => !claimed.some((prefix) => startsWith(f.path, prefix)));
}
