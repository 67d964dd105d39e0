/**
 * A contact's attributes as the journey sees them: what update_contact set during the journey,
 * else the imported CSV column, else the built-in fields `phone`, `country` and `locale`.
 * Also the template choice per contact locale and the parameter values of a send.
 */
import type { Contact } from '../journey/contact';
import type { CompiledJourney, NodeSpec } from './compiled';
import { NodeKind } from './compiled';
import type { ContactTable } from './contact-table';

function builtIn(contact: Contact, name: string): string | undefined {
  switch (name) {
    case 'phone':
      return contact.phone;
    case 'country':
      return contact.country;
    case 'locale':
      return contact.locale;
    default:
      return undefined;
  }
}

/** The value of attribute `name` for contact `i`, undefined when it has none. */
export function attributeOf(compiled: CompiledJourney, table: ContactTable, i: number, contact: Contact, name: string): string | undefined {
  const slot = compiled.attributeSlotOf.get(name);
  if (slot !== undefined) {
    const value = table.attribute[i * table.attributes + slot] as number;
    if (value > 0) return compiled.attributeValues[value - 1];
  }
  return Object.hasOwn(contact.attributes, name) ? contact.attributes[name] : builtIn(contact, name);
}

/** Every attribute of contact `i`, update_contact values applied. */
export function attributesOf(compiled: CompiledJourney, table: ContactTable, i: number, contact: Contact): Record<string, string> {
  const out: Record<string, string> = { ...contact.attributes };
  compiled.attributeSlots.forEach((name, slot) => {
    const value = table.attribute[i * table.attributes + slot] as number;
    if (value > 0) out[name] = compiled.attributeValues[value - 1] as string;
  });
  return out;
}

type TemplateSpec = Extract<NodeSpec, { kind: typeof NodeKind.Template }>;

function languagePart(code: string): string {
  return code.split(/[_-]/)[0]?.toLowerCase() ?? code;
}

function chooseTemplate(spec: TemplateSpec, locale: string): number {
  if (locale !== '') {
    const exact = spec.byLanguage.get(locale);
    if (exact !== undefined) return exact;
    const wanted = languagePart(locale);
    for (const [language, index] of spec.byLanguage) if (languagePart(language) === wanted) return index;
  }
  return spec.language === undefined ? -1 : (spec.byLanguage.get(spec.language) ?? -1);
}

/**
 * The template a contact gets at a template node: the translation of its locale (`fr_FR`, then
 * any `fr`), else the node's language; -1 when that does not exist (Meta answers 132001).
 */
export function templateFor(spec: TemplateSpec, contact: Contact): number {
  const locale = contact.locale ?? '';
  let index = spec.memo.get(locale);
  if (index === undefined) {
    index = chooseTemplate(spec, locale);
    spec.memo.set(locale, index);
  }
  return index;
}

/**
 * The parameter values of a send from template node `node` to contact `i`: literals as
 * written, `{{contact.ATTR}}` filled in. A value that needs an attribute the contact lacks is
 * left out, so the send check reports it as Meta would (132000).
 */
export function parametersOf(compiled: CompiledJourney, node: number, table: ContactTable, i: number, contact: Contact): Record<string, string> {
  const spec = compiled.specs[node];
  const values: Record<string, string> = {};
  if (spec?.kind !== NodeKind.Template) return values;
  for (const param of spec.params) {
    let value = '';
    let complete = true;
    for (const part of param.parts) {
      if (typeof part === 'string') {
        value += part;
        continue;
      }
      const attribute = attributeOf(compiled, table, i, contact, part.attribute);
      if (attribute === undefined) complete = false;
      else value += attribute;
    }
    if (complete) values[param.key] = value;
  }
  return values;
}
