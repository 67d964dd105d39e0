/**
 * The send side of placeholders: which values go in which Meta component, in which order.
 *
 * The app keeps one key namespace per template (header `{{1}}`, body `{{2}}`); Meta numbers
 * each component on its own and matches positional values by their order in the component's
 * `parameters` list. So each component lists its own distinct keys: positional keys in numeric
 * order (body `{{3}} … {{2}}` sends `[v2, v3]`, which is `{{1}}`, `{{2}}` once Meta numbers the
 * body from 1), named keys in order of first appearance with `parameter_name`.
 */
import {
  distinctKeys,
  parameterFormat,
  placeholderValue,
  templatePlaceholders,
  type ParameterFormat,
  type PlaceholderValues,
} from './placeholders';
import type { Template } from './template';

/** Which placeholder keys each component sends, in send order. */
export interface ParameterLayout {
  format: ParameterFormat;
  header: string[];
  body: string[];
  /** Dynamic buttons only (URL with a placeholder, OTP), by their 0-based index in the template. */
  buttons: { index: number; subType: 'url'; keys: string[] }[];
}

/** A text parameter as Meta's send API takes it; `parameter_name` for NAMED templates. */
export interface SendTextParameter {
  type: 'text';
  text: string;
  parameter_name?: string;
}

/** A media reference: a public link or an uploaded media id. */
export type MediaRef = { link: string } | { id: string };

/** A header media parameter, for IMAGE, VIDEO and DOCUMENT headers. */
export type SendMediaParameter =
  | { type: 'image'; image: MediaRef }
  | { type: 'video'; video: MediaRef }
  | { type: 'document'; document: MediaRef };

/** One entry of `template.components` in a send request. */
export type SendComponent =
  | { type: 'header'; parameters: (SendTextParameter | SendMediaParameter)[] }
  | { type: 'body'; parameters: SendTextParameter[] }
  | { type: 'button'; sub_type: 'url'; index: string; parameters: SendTextParameter[] };

/** The components of a send, or the placeholder keys (sorted) that have no value. */
export type SendComponentsResult = { ok: true; components: SendComponent[] } | { ok: false; missing: string[] };

/**
 * The send-side order of a template's parameters, per component. An OTP button of an
 * authentication template sends the one-time code again (Meta's send shape for copy-code and
 * one-tap OTP buttons is a `url` button parameter), so it takes the body's first key.
 */
export function parameterLayout(template: Pick<Template, 'components'>): ParameterLayout {
  const all = templatePlaceholders(template);
  const body = distinctKeys(all.filter((p) => p.source === 'body'));
  const buttons: ParameterLayout['buttons'] = [];
  (template.components.buttons ?? []).forEach((button, index) => {
    if (button.type === 'URL') {
      const keys = distinctKeys(all.filter((p) => p.source === 'button' && p.buttonIndex === index));
      if (keys.length > 0) buttons.push({ index, subType: 'url', keys });
    } else if (button.type === 'OTP' && body[0] !== undefined) {
      buttons.push({ index, subType: 'url', keys: [body[0]] });
    }
  });
  return {
    format: parameterFormat(template),
    header: distinctKeys(all.filter((p) => p.source === 'header')),
    body,
    buttons,
  };
}

/** Options for {@link buildSendComponents}. */
export interface SendComponentsOptions {
  /** The media of an IMAGE, VIDEO or DOCUMENT header; Meta needs it on every send. */
  headerMedia?: MediaRef;
}

/**
 * Meta's `template.components` for a send of `template` with `values`. Components without
 * parameters are left out (static buttons need none). Fails with every missing key rather than
 * sending an empty value, which Meta would refuse (132000).
 */
export function buildSendComponents(
  template: Pick<Template, 'components'>,
  values: PlaceholderValues,
  options: SendComponentsOptions = {},
): SendComponentsResult {
  const layout = parameterLayout(template);
  const missing = new Set<string>();
  const named = layout.format === 'named';
  const text = (key: string, withName: boolean): SendTextParameter => {
    const value = placeholderValue(values, key);
    if (value === undefined) missing.add(key);
    const param: SendTextParameter = { type: 'text', text: value ?? '' };
    if (withName) param.parameter_name = key;
    return param;
  };
  const components: SendComponent[] = [];
  const header: (SendTextParameter | SendMediaParameter)[] = layout.header.map((k) => text(k, named));
  const format = template.components.header?.format;
  if (options.headerMedia && (format === 'IMAGE' || format === 'VIDEO' || format === 'DOCUMENT')) {
    header.push(mediaParameter(format, options.headerMedia));
  }
  if (header.length > 0) components.push({ type: 'header', parameters: header });
  if (layout.body.length > 0) components.push({ type: 'body', parameters: layout.body.map((k) => text(k, named)) });
  for (const b of layout.buttons) {
    // Button parameters are url suffixes: Meta takes no parameter_name on them.
    components.push({ type: 'button', sub_type: b.subType, index: String(b.index), parameters: b.keys.map((k) => text(k, false)) });
  }
  if (missing.size > 0) return { ok: false, missing: [...missing].sort() };
  return { ok: true, components };
}

function mediaParameter(format: 'IMAGE' | 'VIDEO' | 'DOCUMENT', media: MediaRef): SendMediaParameter {
  switch (format) {
    case 'IMAGE':
      return { type: 'image', image: media };
    case 'VIDEO':
      return { type: 'video', video: media };
    case 'DOCUMENT':
      return { type: 'document', document: media };
  }
}
