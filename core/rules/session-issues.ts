/**
 * Meta's limits for free-form messages, checked once per validation and shared: an empty text
 * or an empty button list is a step not configured (`structure.config-missing`); a text too
 * long or a fourth button breaks Meta's limits (`template.limits`).
 */
import { checkSessionMessageLimits, type LimitIssue } from '../whatsapp/limits';
import type { RuleContext } from './context';

/** Issue codes that mean "not filled in yet", with the config-missing message for each. */
export const SESSION_MISSING: Readonly<Record<string, string>> = {
  'text-missing': 'session-text',
  'buttons-missing': 'session-buttons',
  'media-url-missing': 'session-url',
};

/** Limit issues of every whatsapp_session node's message, by node id (nodes without issues are absent). */
export function sessionIssues(ctx: RuleContext): ReadonlyMap<string, readonly LimitIssue[]> {
  return ctx.memo('session-issues', () => {
    const byNode = new Map<string, LimitIssue[]>();
    for (const node of ctx.graph.nodes) {
      if (node.type !== 'whatsapp_session' || node.data.message === undefined || byNode.has(node.id)) continue;
      const issues = checkSessionMessageLimits(node.data.message);
      if (issues.length > 0) byNode.set(node.id, issues);
    }
    return byNode;
  });
}

/** `message.buttons[1].title` as finding path keys: `['message', 'buttons', 1, 'title']`. */
export function issuePath(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const part of path.split('.')) {
    const match = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      keys.push(part);
      continue;
    }
    if (match[1]) keys.push(match[1]);
    for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) keys.push(Number(index[1]));
  }
  return keys;
}
