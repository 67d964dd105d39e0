import { placeholderKeys } from '../../whatsapp/placeholders';
import type { Template } from '../../whatsapp/template';
import type { RuleContext } from '../context';

/** A template's placeholder keys, as a list and a set. */
export interface TemplateKeys {
  list: readonly string[];
  set: ReadonlySet<string>;
}

/** The placeholder keys of a template, parsed once per validation however many steps send it. */
export function keysOf(ctx: RuleContext, template: Template): TemplateKeys {
  const cache = ctx.memo('template-keys', () => new Map<Template, TemplateKeys>());
  let keys = cache.get(template);
  if (keys === undefined) {
    const list = placeholderKeys(template);
    keys = { list, set: new Set(list) };
    cache.set(template, keys);
  }
  return keys;
}
