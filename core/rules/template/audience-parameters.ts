/**
 * `template.parameter-missing` with an audience: a value `{{contact.ATTR}}` is empty for every
 * contact whose row lacks ATTR, unless an update_contact step sets ATTR on every path before
 * the template. Counts are computed once per attribute, however many steps use it.
 */
import type { Contact, NodeOf } from '../../journey';
import type { Template } from '../../whatsapp/template';
import type { RuleContext } from '../context';
import { keysOf } from './placeholder-keys';

const CONTACT_REF = /\{\{\s*contact\.([^{}\s]+)\s*\}\}/g;

/** The contact attributes a parameter value refers to (`{{contact.first_name}}` gives `first_name`). */
export function contactRefs(value: string): string[] {
  return [...value.matchAll(CONTACT_REF)].map((m) => m[1]!);
}

/** Fields a contact has besides its attributes, readable by the same name (as the interpreter reads them). */
const CONTACT_FIELDS: Readonly<Record<string, (c: Contact) => string | undefined>> = {
  phone: (c) => c.phone,
  country: (c) => c.country,
  locale: (c) => c.locale,
};

/**
 * Whether a contact has a non-empty value for an attribute: its CSV column first, then the
 * built-in field of that name, in the interpreter's order (core/interpreter/attributes.ts).
 * An empty value counts as none: Meta refuses an empty parameter.
 */
export function contactHasValue(contact: Contact, attribute: string): boolean {
  const value = Object.hasOwn(contact.attributes, attribute)
    ? contact.attributes[attribute]
    : Object.hasOwn(CONTACT_FIELDS, attribute)
      ? CONTACT_FIELDS[attribute]!(contact)
      : undefined;
  return value !== undefined && value.trim() !== '';
}

/** Reports, per step, the contacts that would get an empty placeholder. */
export function checkAudienceParameters(ctx: RuleContext, node: NodeOf<'whatsapp_template'>, templates: readonly Template[]): void {
  const audience = ctx.audience;
  if (!audience || audience.length === 0) return;
  const keys = new Set(templates.flatMap((t) => keysOf(ctx, t).list));
  const values = node.data.parameters ?? {};
  const i = ctx.graph.index.get(node.id)!;
  for (const [key, value] of Object.entries(values)) {
    if (!keys.has(key)) continue; // template.parameter-unknown: never sent
    for (const attribute of contactRefs(value)) {
      if (setBefore(ctx, i)?.has(attribute)) continue;
      const count = missingCount(ctx, audience, attribute);
      if (count === 0) continue;
      ctx.report('template.parameter-missing', {
        node: node.id,
        variant: 'audience',
        params: { template: node.data.template ?? '', key, attribute, count, total: audience.length },
        path: ['data', 'parameters', key],
      });
    }
  }
}

function missingCount(ctx: RuleContext, audience: readonly Contact[], attribute: string): number {
  const counts = ctx.memo('attribute-missing', () => new Map<string, number>());
  let count = counts.get(attribute);
  if (count === undefined) {
    count = 0;
    for (const contact of audience) if (!contactHasValue(contact, attribute)) count++;
    counts.set(attribute, count);
  }
  return count;
}

/**
 * Attributes an update_contact step sets on every path from the entry to node `i`, or
 * undefined when unknown (a cycle, or the node is unreachable): then nothing is discounted.
 */
function setBefore(ctx: RuleContext, i: number): ReadonlySet<string> | undefined {
  const sets = ctx.memo('attributes-set-before', () => attributesSetBefore(ctx));
  return sets?.[i];
}

const NONE: ReadonlySet<string> = new Set();

function attributesSetBefore(ctx: RuleContext): (ReadonlySet<string> | undefined)[] | undefined {
  const g = ctx.graph;
  if (!g.order || !g.nodes.some((n) => n.type === 'update_contact' && n.data.set)) return undefined;
  const before: (ReadonlySet<string> | undefined)[] = new Array<ReadonlySet<string> | undefined>(g.nodes.length);
  const after = (p: number): ReadonlySet<string> => {
    const node = g.nodes[p]!;
    const own = node.type === 'update_contact' ? Object.keys(node.data.set ?? {}) : [];
    const base = before[p] ?? NONE;
    return own.length === 0 ? base : new Set([...base, ...own]);
  };
  for (const i of g.order) {
    let acc: ReadonlySet<string> | undefined;
    for (let k = g.inStart[i]!; k < g.inStart[i + 1]!; k++) {
      const p = g.edgeSource[g.inEdges[k]!]!;
      if (!g.reachable[p]) continue;
      const incoming = after(p);
      acc = acc === undefined ? incoming : new Set([...acc].filter((a) => incoming.has(a)));
    }
    before[i] = acc ?? NONE;
  }
  return before;
}
