/**
 * What Meta would answer to a template send, judged from the parameters alone: the checks the
 * simulator and the sandbox apply before "accepting" a template message (whatsapp-rules.md
 * §11.3: count → 132000, format → 132012, hydrated length → 132005, format characters →
 * 132007). Template status and window checks live with their callers.
 */
import { charLength, TEMPLATE_LIMITS } from './limit-issue';
import { placeholderValue, renderTemplate, type PlaceholderValues } from './placeholders';
import { parameterLayout } from './send-parameters';
import type { Template } from './template';

/** A refusal Meta would give, with its error code and `error_data.details`. */
export interface SendRefusal {
  code: 131008 | 132000 | 132005 | 132007 | 132012;
  details: string;
}

// Meta refuses parameter text with a new line, a tab, or more than 4 consecutive spaces
// (its details text for this policy; some API versions answer 132018 instead of 132007).
const FORMAT_CHARACTERS = /[\n\t]| {5,}/;

/**
 * The first refusal a send of `template` with the app-side `values` would meet, or null.
 * Empty values are refused as missing (131008: unverified; Meta needs non-empty text).
 */
export function checkSendValues(template: Pick<Template, 'components'>, values: PlaceholderValues): SendRefusal | null {
  const layout = parameterLayout(template);
  const keys = [...new Set([...layout.header, ...layout.body, ...layout.buttons.flatMap((b) => b.keys)])];
  for (const key of keys) {
    const value = placeholderValue(values, key);
    if (value === undefined) return { code: 132000, details: `No value for {{${key}}}: the number of parameters does not match the template.` };
    if (value.trim() === '') return { code: 131008, details: `The value of {{${key}}} is empty.` };
    if (FORMAT_CHARACTERS.test(value)) {
      return { code: 132007, details: `The value of {{${key}}} has a new line, a tab or more than 4 consecutive spaces.` };
    }
  }
  const body = renderTemplate(template, values).body;
  const length = charLength(body);
  if (length > TEMPLATE_LIMITS.bodyMaxLength) {
    return { code: 132005, details: `The body is ${length} characters long once filled in; the limit is ${TEMPLATE_LIMITS.bodyMaxLength}.` };
  }
  return null;
}

/** A send component as received from a client, before it is trusted. */
export interface ReceivedComponent {
  type?: unknown;
  sub_type?: unknown;
  index?: unknown;
  parameters?: unknown;
}

/** Values recovered from a send, or the refusal Meta would give. */
export type BindResult = { ok: true; values: Record<string, string> } | { ok: false; refusal: SendRefusal };

interface ReceivedParameter {
  type?: unknown;
  text?: unknown;
  parameter_name?: unknown;
}

function parametersOf(component: ReceivedComponent | undefined): ReceivedParameter[] {
  return Array.isArray(component?.parameters) ? (component.parameters as ReceivedParameter[]) : [];
}

function sameType(component: ReceivedComponent, type: string): boolean {
  return typeof component.type === 'string' && component.type.toLowerCase() === type;
}

/**
 * The inverse of `buildSendComponents`, for the sandbox: maps the `template.components` of a
 * received send back to the template's placeholder keys, refusing as Meta would when a
 * component has the wrong number of parameters (132000) or the wrong kind (132012: text where
 * a header image is expected, a missing or unknown `parameter_name` in a NAMED template).
 */
export function bindSendComponents(template: Pick<Template, 'components'>, components: readonly ReceivedComponent[]): BindResult {
  const layout = parameterLayout(template);
  const named = layout.format === 'named';
  const values: Record<string, string> = {};
  const refuse = (code: SendRefusal['code'], details: string): BindResult => ({ ok: false, refusal: { code, details } });

  const bind = (where: string, keys: readonly string[], params: ReceivedParameter[], useNames: boolean): BindResult | null => {
    const texts = params.filter((p) => p.type === 'text');
    if (texts.length !== keys.length) {
      return refuse(132000, `${where}: expected ${keys.length} text parameter(s), got ${texts.length}.`);
    }
    for (const [i, param] of texts.entries()) {
      if (typeof param.text !== 'string') return refuse(132012, `${where}: parameter ${i + 1} has no text.`);
      let key = keys[i] as string;
      if (useNames) {
        if (typeof param.parameter_name !== 'string' || !keys.includes(param.parameter_name)) {
          return refuse(132012, `${where}: parameter ${i + 1} needs a parameter_name among ${keys.join(', ')}.`);
        }
        key = param.parameter_name;
      }
      if (!Object.hasOwn(values, key)) values[key] = param.text;
    }
    return null;
  };

  const header = components.find((c) => sameType(c, 'header'));
  const format = template.components.header?.format;
  if (format === 'IMAGE' || format === 'VIDEO' || format === 'DOCUMENT') {
    const media = format.toLowerCase();
    if (!parametersOf(header).some((p) => p.type === media)) return refuse(132012, `The header needs a ${media} parameter.`);
  }
  const failed =
    bind('header', layout.header, parametersOf(header), named) ??
    bind('body', layout.body, parametersOf(components.find((c) => sameType(c, 'body'))), named);
  if (failed) return failed;
  for (const button of layout.buttons) {
    const received = components.find((c) => sameType(c, 'button') && String(c.index) === String(button.index));
    const result = bind(`button ${button.index}`, button.keys, parametersOf(received), false);
    if (result) return result;
  }
  return { ok: true, values };
}
