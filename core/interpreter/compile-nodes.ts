/**
 * Per-node compilation: the `data` of each node type turned into a {@link NodeSpec}. A field
 * a half-configured node lacks gets the most harmless reading (a wait of no time, a split
 * that answers "no"), because a simulation plays even a journey with error findings; the
 * validator is what reports them.
 */
import { durationMs, minutesOfDay } from '../journey/duration';
import type { JourneyNode, NodeOf } from '../journey/node';
import type { Template } from '../whatsapp/template';
import { compileCondition } from './conditions';
import { MessageStatus } from './types';
import { NodeKind, type ButtonSpec, type NodeSpec, type ParamPart, type ParamSpec } from './compiled';
import { normalizeReply } from './reply-match';

/** Shared tables the node compilers fill: interned buttons, attribute slots and values. */
export interface CompileTables {
  indexOf: ReadonlyMap<string, number>;
  messageOf: Int32Array;
  templates: readonly Template[];
  buttonId(text: string): number;
  attributeSlot(name: string): number;
  attributeValue(value: string): number;
}

const ATTRIBUTE = /\{\{\s*contact\.([^{}]+?)\s*\}\}/g;

/** Splits a parameter value into literal text and `{{contact.ATTR}}` references. */
export function parseParameter(value: string): ParamPart[] {
  const parts: ParamPart[] = [];
  let last = 0;
  for (const match of value.matchAll(ATTRIBUTE)) {
    if (match.index > last) parts.push(value.slice(last, match.index));
    parts.push({ attribute: (match[1] as string).trim() });
    last = match.index + match[0].length;
  }
  if (last < value.length || parts.length === 0) parts.push(value.slice(last));
  return parts;
}

/** The buttons of a template a contact can tap: quick replies answer, URL buttons are clicked. */
export function templateButtonSpecs(template: Template, buttonId: (text: string) => number): ButtonSpec[] {
  return (template.components.buttons ?? [])
    .filter((b) => b.type === 'QUICK_REPLY' || b.type === 'URL')
    .map((b) => ({ id: buttonId(b.text), payload: b.text, replies: b.type === 'QUICK_REPLY' }));
}

const STATUS_OF_METRIC: Record<string, number> = {
  delivered: MessageStatus.Delivered,
  read: MessageStatus.Read,
  replied: MessageStatus.Replied,
  clicked: MessageStatus.Clicked,
};

function templateSpec(node: NodeOf<'whatsapp_template'>, t: CompileTables, index: number): NodeSpec {
  const { template: name, language, parameters } = node.data;
  const byLanguage = new Map<string, number>();
  t.templates.forEach((template, i) => {
    if (template.name === name && !byLanguage.has(template.language)) byLanguage.set(template.language, i);
  });
  const params: ParamSpec[] = Object.entries(parameters ?? {}).map(([key, value]) => ({ key, parts: parseParameter(value) }));
  return { kind: NodeKind.Template, message: t.messageOf[index] as number, name, language, byLanguage, params, memo: new Map() };
}

function waitSpec(node: NodeOf<'wait'>): NodeSpec {
  const data = node.data;
  switch (data.mode) {
    case 'duration':
      return { kind: NodeKind.Wait, mode: 'duration', ms: data.duration ? Math.max(0, durationMs(data.duration)) : 0, at: Number.NaN, minutes: -1 };
    case 'until':
      return { kind: NodeKind.Wait, mode: 'until', ms: 0, at: data.at === undefined ? Number.NaN : Date.parse(data.at), minutes: -1 };
    case 'time_of_day':
      return { kind: NodeKind.Wait, mode: 'time_of_day', ms: 0, at: Number.NaN, minutes: data.time === undefined ? -1 : minutesOfDay(data.time) };
  }
}

function waitForReplySpec(node: NodeOf<'wait_for_reply'>): NodeSpec {
  const { timeout, match } = node.data;
  // The match is a union of loose objects, so read each field for what it is.
  const words = (match as { keywords?: unknown } | undefined)?.keywords;
  const taps = (match as { buttons?: unknown } | undefined)?.buttons;
  const keywords = Array.isArray(words) ? words.map((k) => normalizeReply(String(k))).filter((k) => k !== '') : null;
  const buttons = Array.isArray(taps) ? new Set(taps.map(String)) : null;
  return { kind: NodeKind.WaitForReply, timeoutMs: timeout ? durationMs(timeout) : 0, keywords, buttons };
}

function randomSpec(node: NodeOf<'split_random'>): NodeSpec {
  const branches = node.data.branches ?? [];
  const cumulative = new Float64Array(branches.length);
  let total = 0;
  branches.forEach((branch, i) => {
    total += Number.isFinite(branch.percent) && branch.percent > 0 ? branch.percent : 0;
    cumulative[i] = total;
  });
  return { kind: NodeKind.SplitRandom, cumulative, total };
}

/** Compiles the data of node `index`. */
export function compileNode(node: JourneyNode, index: number, t: CompileTables): NodeSpec {
  switch (node.type) {
    case 'entry': {
      const data = node.data;
      if (data.source === 'inbound_message') {
        return { kind: NodeKind.Entry, source: data.source, keyword: data.keyword, fromAd: data.fromAd === true };
      }
      return { kind: NodeKind.Entry, source: data.source, fromAd: false };
    }
    case 'whatsapp_template':
      return templateSpec(node, t, index);
    case 'whatsapp_session': {
      const content = node.data.message ?? null;
      const buttons = content?.kind === 'buttons'
        ? content.buttons.map((b) => ({ id: t.buttonId(b.id), payload: b.id, replies: true }))
        : [];
      return { kind: NodeKind.Session, message: t.messageOf[index] as number, content, buttons };
    }
    case 'wait':
      return waitSpec(node);
    case 'wait_for_reply':
      return waitForReplySpec(node);
    case 'split_engagement': {
      const { message, metric, button } = node.data;
      const target = message === undefined ? undefined : t.indexOf.get(message);
      return {
        kind: NodeKind.SplitEngagement,
        message: target === undefined ? -1 : (t.messageOf[target] as number),
        status: metric === undefined ? 0 : (STATUS_OF_METRIC[metric] ?? 0),
        button: button === undefined ? -1 : t.buttonId(button),
      };
    }
    case 'split_attribute':
      return { kind: NodeKind.SplitAttribute, branches: (node.data.branches ?? []).map((b) => b.when.map(compileCondition)) };
    case 'split_random':
      return randomSpec(node);
    case 'update_contact': {
      const set = Object.entries(node.data.set ?? {}).map(([name, value]): [number, number] => [t.attributeSlot(name), t.attributeValue(value)]);
      return { kind: NodeKind.UpdateContact, set, consent: node.data.consent ?? null };
    }
    case 'exit':
      return { kind: NodeKind.Exit };
  }
}
