import type { FindingParamValue, FindingParams, Language } from './finding';

/** Numbers as a reader expects them: at most one decimal, a decimal comma in French. */
export function formatNumber(value: number, language: Language): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : String(value);
  const rounded = Math.round(value * 10) / 10;
  const text = String(rounded);
  return language === 'fr' ? text.replace('.', ',') : text;
}

function formatValue(value: FindingParamValue, language: Language): string {
  if (typeof value === 'number') return formatNumber(value, language);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  return value.join(', ');
}

const SLOT = /\{([a-zA-Z][a-zA-Z0-9_]*)\}/g;

/**
 * Fills `{name}` slots with params. A slot without a param stays as written, so a missing
 * value shows up in a test instead of silently vanishing.
 */
export function formatMessage(template: string, params: FindingParams | undefined, language: Language): string {
  return template.replace(SLOT, (slot, name: string) => {
    const value = params && Object.hasOwn(params, name) ? params[name] : undefined;
    return value === undefined ? slot : formatValue(value, language);
  });
}
