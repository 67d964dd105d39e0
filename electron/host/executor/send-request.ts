/** The request of a send as the interpreter asked for it, and the pricing category it counts under. */
import { NodeKind, parametersOf, templateFor, type CompiledJourney, type ContactTable } from '../../../core/interpreter';
import type { Contact } from '../../../core/journey/contact';
import type { PricingCategory } from '../../../core/whatsapp/pricing';
import type { SendRequest } from './sender';

/** The category of node `n`'s send to `contact` (null: a template that does not exist). */
export function sendCategory(compiled: CompiledJourney, n: number, contact: Contact | undefined): PricingCategory | null {
  const spec = compiled.specs[n];
  if (spec?.kind !== NodeKind.Template) return 'SERVICE';
  const template = contact === undefined ? -1 : templateFor(spec, contact);
  return compiled.templates[template]?.category ?? null;
}

/** The send of node `n` to contact row `c`: the template its locale picks and its parameter values now. */
export function buildSendRequest(compiled: CompiledJourney, table: ContactTable, c: number, n: number, contact: Contact, key: string): SendRequest {
  const spec = compiled.specs[n];
  const node = compiled.ids[n] as string;
  if (spec?.kind !== NodeKind.Template) {
    return { key, contact, effect: { type: 'send_session', node, message: spec?.kind === NodeKind.Session ? spec.content : null } };
  }
  const found = compiled.templates[templateFor(spec, contact)];
  return {
    key,
    contact,
    effect: {
      type: 'send_template',
      node,
      template: found?.name ?? spec.name ?? '',
      language: found?.language ?? spec.language ?? '',
      category: found?.category ?? null,
      parameters: parametersOf(compiled, n, table, c, contact),
    },
  };
}
