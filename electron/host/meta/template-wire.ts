/**
 * App templates to and from Meta's management API shape. The app keeps one placeholder
 * namespace per template (header `{{1}}`, body `{{2}}`: core/whatsapp/placeholders.ts); Meta
 * numbers each component from `{{1}}`. So positional placeholders are renumbered per component
 * on the way out and shifted back into one namespace on the way in; named ones pass as they are.
 */
import type { TemplateStatus } from '../../../core/whatsapp';
import {
  distinctKeys,
  extractPlaceholders,
  parameterFormat,
  placeholderValue,
  Template,
  type TemplateButton,
} from '../../../core/whatsapp';
import type { GraphTemplate, GraphTemplateButton, GraphTemplateComponent, GraphTemplateEdit, GraphTemplateInput } from './cloud-api-types';

/** `text` with each valid placeholder key replaced by `rename(key)`. */
function renameKeys(text: string, rename: (key: string) => string): string {
  let out = '';
  let last = 0;
  for (const token of extractPlaceholders(text)) {
    if (token.kind === 'invalid') continue;
    out += `${text.slice(last, token.start)}{{${rename(token.key)}}}`;
    last = token.end;
  }
  return out + text.slice(last);
}

/** Positional keys of one component to Meta's 1..n; named keys unchanged. */
function localNumbering(text: string): { keys: string[]; rename: (key: string) => string } {
  const keys = distinctKeys(extractPlaceholders(text));
  const positional = keys.filter((k) => /^\d+$/.test(k));
  return { keys, rename: (key) => (/^\d+$/.test(key) ? String(positional.indexOf(key) + 1) : key) };
}

/** The body of `POST /{waba-id}/message_templates` for an app template. */
export function toGraphTemplate(template: Template): GraphTemplateInput {
  const named = parameterFormat(template) === 'named';
  const examples = template.examples ?? {};
  const sample = (key: string) => placeholderValue(examples, key);
  const components: GraphTemplateComponent[] = [];
  const { header, body, footer, buttons } = template.components;

  const textComponent = (type: 'HEADER' | 'BODY', text: string): GraphTemplateComponent => {
    const local = localNumbering(text);
    const out: GraphTemplateComponent = { type, text: renameKeys(text, local.rename) };
    const values = local.keys.map(sample);
    if (local.keys.length > 0 && values.every((v) => v !== undefined)) {
      if (named) {
        const params = local.keys.map((k, i) => ({ param_name: k, example: values[i] as string }));
        out.example = type === 'HEADER' ? { header_text_named_params: params } : { body_text_named_params: params };
      } else {
        out.example = type === 'HEADER' ? { header_text: values as string[] } : { body_text: [values as string[]] };
      }
    }
    return out;
  };

  if (header) {
    if (header.format === 'TEXT') components.push({ ...textComponent('HEADER', header.text ?? ''), format: 'TEXT' });
    else components.push({ type: 'HEADER', format: header.format });
  }
  components.push(textComponent('BODY', body.text));
  if (footer) components.push({ type: 'FOOTER', text: footer.text });
  if (buttons && buttons.length > 0) components.push({ type: 'BUTTONS', buttons: buttons.map((b) => toGraphButton(b, sample)) });
  return {
    name: template.name,
    language: template.language,
    category: template.category,
    parameter_format: named ? 'NAMED' : 'POSITIONAL',
    components,
  };
}

/**
 * The body of `POST /{template-id}` that edits the template Meta holds into `template`: its
 * components, never its name or language. The category goes only when the edit changes it:
 * Meta keeps it when left out, and lets only a REJECTED or PAUSED template change it.
 */
export function toGraphEdit(template: Template, changesCategory = false): GraphTemplateEdit {
  const { category, components } = toGraphTemplate(template);
  return changesCategory ? { category, components } : { components };
}

function toGraphButton(button: TemplateButton, sample: (key: string) => string | undefined): GraphTemplateButton {
  if (button.type === 'OTP') return { type: 'OTP', otp_type: 'COPY_CODE', text: button.text };
  const out: GraphTemplateButton = { type: button.type, text: button.text };
  if (button.phone_number !== undefined) out.phone_number = button.phone_number;
  if (button.type === 'URL' && button.url !== undefined) {
    const local = localNumbering(button.url);
    out.url = renameKeys(button.url, local.rename);
    const filled = local.keys.map(sample);
    if (local.keys.length > 0 && filled.every((v) => v !== undefined)) {
      let url = button.url;
      local.keys.forEach((k, i) => (url = url.split(`{{${k}}}`).join(filled[i] as string)));
      out.example = [url];
    }
  }
  return out;
}

/** Meta's statuses the app has no word for, to the nearest one that says what a send would meet. */
const STATUS_MAP: Record<string, TemplateStatus> = {
  APPROVED: 'APPROVED',
  PENDING: 'PENDING',
  IN_APPEAL: 'PENDING',
  REJECTED: 'REJECTED',
  PAUSED: 'PAUSED',
  DISABLED: 'DISABLED',
  PENDING_DELETION: 'DISABLED',
  DELETED: 'DISABLED',
  ARCHIVED: 'DISABLED',
  LIMIT_EXCEEDED: 'REJECTED',
};

/**
 * An app template from Meta's listing, or null when it cannot be one (an unknown category,
 * or components the app's schema refuses). Positional keys are shifted into one namespace:
 * header first, then body, then URL buttons, as the send side expects.
 */
export function fromGraphTemplate(graph: GraphTemplate): Template | null {
  let offset = 0;
  const examples: Record<string, string> = {};
  const shift = (text: string, samples: string[] | undefined, named: { param_name: string; example: string }[] | undefined) => {
    const local = localNumbering(text);
    const base = offset;
    const rename = (key: string) => (/^\d+$/.test(key) ? String(Number(key) + base) : key);
    local.keys.forEach((key, i) => {
      const value = /^\d+$/.test(key) ? samples?.[Number(key) - 1] : (named?.find((p) => p.param_name === key)?.example ?? samples?.[i]);
      if (value !== undefined) examples[rename(key)] = value;
    });
    offset += local.keys.filter((k) => /^\d+$/.test(k)).length;
    return renameKeys(text, rename);
  };
  const find = (type: GraphTemplateComponent['type']) => graph.components.find((c) => c.type?.toUpperCase() === type);
  const header = find('HEADER');
  const body = find('BODY');
  const footer = find('FOOTER');
  const buttons = find('BUTTONS');
  const components: Record<string, unknown> = {};
  if (header) {
    components.header =
      header.format === 'TEXT' || (header.format === undefined && header.text !== undefined)
        ? { format: 'TEXT', text: shift(header.text ?? '', header.example?.header_text, header.example?.header_text_named_params) }
        : { format: header.format };
  }
  components.body = { text: shift(body?.text ?? '', body?.example?.body_text?.[0], body?.example?.body_text_named_params) };
  if (footer?.text !== undefined) components.footer = { text: footer.text };
  if (buttons?.buttons) {
    components.buttons = buttons.buttons.map((b) => {
      const out: Record<string, unknown> = { type: b.type === 'OTP' ? 'OTP' : b.type, text: b.text };
      if (b.phone_number !== undefined) out.phone_number = b.phone_number;
      if (b.url !== undefined) out.url = b.type === 'URL' ? shift(b.url, urlSample(b.url, b.example?.[0]), undefined) : b.url;
      return out;
    });
  }
  const parsed = Template.safeParse({
    name: graph.name,
    language: graph.language,
    category: graph.category?.toUpperCase(),
    status: STATUS_MAP[graph.status?.toUpperCase()] ?? 'PENDING',
    components,
    ...(Object.keys(examples).length > 0 ? { examples } : {}),
  });
  return parsed.success ? parsed.data : null;
}

/** The value of a URL button's one trailing placeholder, read off Meta's full example url. */
function urlSample(url: string, example: string | undefined): string[] | undefined {
  const token = extractPlaceholders(url).at(-1);
  if (example === undefined || token === undefined || token.end !== url.length) return undefined;
  const prefix = url.slice(0, token.start);
  return example.startsWith(prefix) ? [example.slice(prefix.length)] : undefined;
}
