/**
 * Template placeholders: `{{1}}` (positional) and `{{first_name}}` (named), where Meta allows
 * them: header text, body text and URL button urls.
 *
 * Keys form one namespace per template, as in the journey format (`parameters: { "1": …, "2": … }`
 * for a header `{{1}}` and a body `{{2}}`): the same key in two components means the same value.
 * The send side (send-parameters.ts) splits the values back into Meta's per-component lists.
 * A template imported from Meta, where each component counts from `{{1}}`, must be renumbered
 * into this namespace on import.
 *
 * Also here: {@link renderTemplate}, the template as the recipient reads it.
 */
import type { ButtonType, HeaderFormat, Template, TemplateButton } from './template';

/** How a `{{…}}` token reads: Meta accepts only the first two. */
export type PlaceholderKind = 'positional' | 'named' | 'invalid';

/** One `{{…}}` token found in a string. `start`/`end` are UTF-16 offsets, `end` exclusive. */
export interface PlaceholderToken {
  /** The token as written, braces included. */
  raw: string;
  /** What is between the braces: `1`, `first_name`, or anything for an invalid token. */
  key: string;
  kind: PlaceholderKind;
  start: number;
  end: number;
}

/** Where a template placeholder sits. */
export type PlaceholderSource = 'header' | 'body' | 'button';

/** A token of a template, with the component it belongs to and a path for findings. */
export interface TemplatePlaceholder extends PlaceholderToken {
  source: PlaceholderSource;
  /** Index in `components.buttons`, for `source: 'button'`. */
  buttonIndex?: number;
  /** For example `components.body.text` or `components.buttons[1].url`. */
  path: string;
}

/** The parameter style of a whole template. Meta rejects `mixed`. */
export type ParameterFormat = 'positional' | 'named' | 'mixed' | 'none';

/** Placeholder values keyed by placeholder key (`"1"`, `"first_name"`). */
export type PlaceholderValues = Readonly<Record<string, string>>;

// `[^{}]*` keeps a token from spanning another one: `{{{1}}}` yields `{{1}}`.
const TOKEN = /\{\{([^{}]*)\}\}/g;
const POSITIONAL = /^[1-9][0-9]*$/;
// Meta: named parameters use lowercase letters, digits and underscores; a leading digit would
// read as positional, so a name starts with a letter or underscore.
const NAMED = /^[a-z_][a-z0-9_]*$/;

/** Classifies what is between the braces. Spaces or capitals make a token invalid, as for Meta. */
export function placeholderKind(key: string): PlaceholderKind {
  if (POSITIONAL.test(key)) return 'positional';
  if (NAMED.test(key)) return 'named';
  return 'invalid';
}

/** Every `{{…}}` token of `text`, in order. Never throws, whatever the string. */
export function extractPlaceholders(text: string): PlaceholderToken[] {
  const tokens: PlaceholderToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const key = match[1] ?? '';
    const start = match.index;
    tokens.push({ raw: match[0], key, kind: placeholderKind(key), start, end: start + match[0].length });
  }
  return tokens;
}

/** Only URL buttons carry a placeholder (at the end of the url); Meta allows none elsewhere. */
function buttonUrl(button: TemplateButton): string | undefined {
  return button.type === 'URL' ? button.url : undefined;
}

/**
 * Every placeholder token of a template, in reading order: header text (TEXT headers only),
 * body text, then URL button urls. Invalid tokens are included so that the limits checker can
 * report them; renderers leave them as written.
 */
export function templatePlaceholders(template: Pick<Template, 'components'>): TemplatePlaceholder[] {
  const { header, body, buttons } = template.components;
  const found: TemplatePlaceholder[] = [];
  if (header?.format === 'TEXT' && header.text !== undefined) {
    for (const t of extractPlaceholders(header.text)) found.push({ ...t, source: 'header', path: 'components.header.text' });
  }
  for (const t of extractPlaceholders(body.text)) found.push({ ...t, source: 'body', path: 'components.body.text' });
  (buttons ?? []).forEach((button, index) => {
    const url = buttonUrl(button);
    if (url === undefined) return;
    for (const t of extractPlaceholders(url)) {
      found.push({ ...t, source: 'button', buttonIndex: index, path: `components.buttons[${index}].url` });
    }
  });
  return found;
}

/**
 * The distinct valid keys of some placeholders: positional keys in numeric order, then named
 * keys in order of first appearance. Invalid tokens are skipped.
 */
export function distinctKeys(placeholders: readonly PlaceholderToken[]): string[] {
  const valid = placeholders.filter((p) => p.kind !== 'invalid');
  const positional = [...new Set(valid.filter((p) => p.kind === 'positional').map((p) => p.key))];
  positional.sort((a, b) => Number(a) - Number(b));
  const named = [...new Set(valid.filter((p) => p.kind === 'named').map((p) => p.key))];
  return [...positional, ...named];
}

/** The distinct valid placeholder keys of a whole template: the values a journey node must give. */
export function placeholderKeys(template: Pick<Template, 'components'>): string[] {
  return distinctKeys(templatePlaceholders(template));
}

/** Whether a template uses positional, named, both (rejected by Meta) or no placeholders. */
export function parameterFormat(template: Pick<Template, 'components'>): ParameterFormat {
  let positional = false;
  let named = false;
  for (const p of templatePlaceholders(template)) {
    if (p.kind === 'positional') positional = true;
    else if (p.kind === 'named') named = true;
  }
  if (positional && named) return 'mixed';
  if (positional) return 'positional';
  if (named) return 'named';
  return 'none';
}

/** Own-property lookup, so that a placeholder named `constructor` never reads Object.prototype. */
export function placeholderValue(values: PlaceholderValues, key: string): string | undefined {
  return Object.hasOwn(values, key) ? values[key] : undefined;
}

/**
 * Replaces the valid placeholders of `text` with their values. A placeholder without a value is
 * left as written (a preview shows `{{1}}`) and its key is added to `missing`.
 */
export function fillPlaceholders(text: string, values: PlaceholderValues, missing?: Set<string>): string {
  let out = '';
  let last = 0;
  for (const token of extractPlaceholders(text)) {
    if (token.kind === 'invalid') continue;
    const value = placeholderValue(values, token.key);
    if (value === undefined) {
      missing?.add(token.key);
      continue;
    }
    out += text.slice(last, token.start) + value;
    last = token.end;
  }
  return out + text.slice(last);
}

// Rendering: the template as the recipient reads it, for previews and the sandbox's record.

/** One button as shown, with its url filled in for URL buttons. */
export interface RenderedButton {
  type: ButtonType;
  text: string;
  url?: string;
  phoneNumber?: string;
}

/** The hydrated text of each component. */
export interface RenderedTemplate {
  /** Absent when the template has no header; `text` only for TEXT headers. */
  header?: { format: HeaderFormat; text?: string };
  body: string;
  footer?: string;
  buttons: RenderedButton[];
  /** Placeholder keys that had no value, left as written in the text. Sorted. */
  missing: string[];
}

/**
 * Hydrates header, body and URL buttons with `values` (keyed `"1"`, `"first_name"`…).
 * Text without placeholders comes back unchanged; a missing value leaves its `{{…}}` in place
 * and is listed in `missing`, so a preview can show what still needs a value.
 * Footers take no variables (Meta), so a footer is returned as written.
 */
export function renderTemplate(template: Pick<Template, 'components'>, values: PlaceholderValues): RenderedTemplate {
  const missing = new Set<string>();
  const { header, body, footer, buttons } = template.components;
  const rendered: RenderedTemplate = {
    body: fillPlaceholders(body.text, values, missing),
    buttons: (buttons ?? []).map((button) => {
      const out: RenderedButton = { type: button.type, text: button.text };
      if (button.url !== undefined) {
        out.url = button.type === 'URL' ? fillPlaceholders(button.url, values, missing) : button.url;
      }
      if (button.phone_number !== undefined) out.phoneNumber = button.phone_number;
      return out;
    }),
    missing: [],
  };
  if (header) {
    rendered.header = { format: header.format };
    if (header.format === 'TEXT' && header.text !== undefined) {
      rendered.header.text = fillPlaceholders(header.text, values, missing);
    }
  }
  if (footer) rendered.footer = footer.text;
  rendered.missing = [...missing].sort();
  return rendered;
}

/** Header, body and footer joined by blank lines: a plain-text preview (for lists and logs). */
export function renderTemplateText(template: Pick<Template, 'components'>, values: PlaceholderValues): string {
  const r = renderTemplate(template, values);
  return [r.header?.text, r.body, r.footer].filter((part): part is string => part !== undefined && part !== '').join('\n\n');
}
