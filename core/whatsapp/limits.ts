/**
 * Meta's authoring limits for message templates, as a checker that returns findings.
 *
 * Missing sample values are deliberately not checked: they matter only when a template is
 * submitted for review, never for a journey (journey format spec, `template.limits`).
 * Meta's fuzzier review reasons (too many variables for the text length, wording) are not
 * checked either: they are judgement calls, and a false finding would block a real run of a
 * template Meta already approved.
 */
import { templatePlaceholders, type TemplatePlaceholder } from './placeholders';
import { checkButtonLimits } from './button-limits';
import { charLength, checkLength, limitIssue, TEMPLATE_LIMITS, type LimitIssue } from './limit-issue';
import type { Template } from './template';

export { charLength, limitIssue, SESSION_LIMIT_CODES, TEMPLATE_LIMIT_CODES, TEMPLATE_LIMITS, type LimitIssue } from './limit-issue';
export { checkSessionMessageLimits, SESSION_LIMITS } from './session-limits';

const NAME = /^[a-z0-9_]+$/;

/**
 * Every authoring limit `template` breaks, in component order; an empty list means none.
 * Never throws on a schema-valid template.
 */
export function checkTemplateLimits(template: Pick<Template, 'name' | 'category' | 'components'>): LimitIssue[] {
  const issues: LimitIssue[] = [];
  checkName(template.name, issues);
  checkTexts(template, issues);
  checkPlaceholders(template, templatePlaceholders(template), issues);
  issues.push(...checkButtonLimits(template));
  return issues;
}

function checkName(name: string, issues: LimitIssue[]): void {
  if (!NAME.test(name)) {
    issues.push(limitIssue('name-invalid', 'name', 'Template names use only lowercase letters, digits and underscores.', { name }));
  }
  const length = charLength(name);
  if (length > TEMPLATE_LIMITS.nameMaxLength) {
    issues.push(limitIssue('name-too-long', 'name', `Template names have at most ${TEMPLATE_LIMITS.nameMaxLength} characters (this one has ${length}).`, { length, max: TEMPLATE_LIMITS.nameMaxLength }));
  }
}

function checkTexts(template: Pick<Template, 'components'>, issues: LimitIssue[]): void {
  const { header, body, footer } = template.components;
  if (header?.format === 'TEXT') {
    const text = header.text ?? '';
    if (text.trim() === '') {
      issues.push(limitIssue('header-text-missing', 'components.header.text', 'A TEXT header needs some text.'));
    }
    checkLength(issues, 'header-too-long', 'components.header.text', 'The header', text, TEMPLATE_LIMITS.headerTextMaxLength);
  }
  if (body.text.trim() === '') {
    issues.push(limitIssue('body-missing', 'components.body.text', 'Every template needs a body text.'));
  }
  checkLength(issues, 'body-too-long', 'components.body.text', 'The body', body.text, TEMPLATE_LIMITS.bodyMaxLength);
  if (footer) {
    checkLength(issues, 'footer-too-long', 'components.footer.text', 'The footer', footer.text, TEMPLATE_LIMITS.footerMaxLength);
    if (/\{\{[^{}]*\}\}/.test(footer.text)) {
      issues.push(limitIssue('footer-has-variables', 'components.footer.text', 'A footer cannot contain placeholders.'));
    }
  }
}

function checkPlaceholders(
  template: Pick<Template, 'category' | 'components'>,
  placeholders: TemplatePlaceholder[],
  issues: LimitIssue[],
): void {
  for (const p of placeholders) {
    if (p.kind === 'invalid') {
      issues.push(limitIssue('placeholder-invalid', p.path, `${p.raw} is not a placeholder Meta accepts: use {{1}}, {{2}}… or a lowercase name such as {{first_name}}.`, { token: p.raw }));
    }
  }
  const headerCount = placeholders.filter((p) => p.source === 'header' && p.kind !== 'invalid').length;
  if (headerCount > TEMPLATE_LIMITS.headerMaxVariables) {
    issues.push(limitIssue('header-too-many-variables', 'components.header.text', `A text header takes at most ${TEMPLATE_LIMITS.headerMaxVariables} placeholder (this one has ${headerCount}).`, { count: headerCount, max: TEMPLATE_LIMITS.headerMaxVariables }));
  }
  const positional = placeholders.filter((p) => p.kind === 'positional');
  const named = placeholders.filter((p) => p.kind === 'named');
  if (positional.length > 0 && named.length > 0) {
    issues.push(limitIssue('placeholders-mixed', 'components', 'A template uses either numbered placeholders ({{1}}) or named ones ({{first_name}}), not both.'));
  }
  checkSequence(positional, issues);
  const bodyTokens = placeholders.filter((p) => p.source === 'body');
  checkBodyPlacement(template, bodyTokens, issues);
}

function checkSequence(positional: TemplatePlaceholder[], issues: LimitIssue[]): void {
  const numbers = [...new Set(positional.map((p) => Number(p.key)))].sort((a, b) => a - b);
  const highest = numbers.at(-1) ?? 0;
  if (numbers.length === highest) return;
  const present = new Set(numbers);
  const missing: number[] = [];
  for (let n = 1; n <= highest && missing.length < 20; n++) if (!present.has(n)) missing.push(n);
  const list = missing.map((n) => `{{${n}}}`).join(', ');
  issues.push(limitIssue('placeholders-not-sequential', 'components', `Numbered placeholders must run from {{1}} without gaps: ${list} missing.`, { missing: list }));
}

/**
 * Meta rejects a body that starts or ends with a placeholder, and placeholders with no text
 * between them; whitespace alone does not separate them (as BSPs report Meta's review).
 * Some BSPs also report a trailing `{{1}}.` as "ending with a variable"; that is not flagged,
 * to keep approved templates from being blocked. Authentication bodies are Meta's fixed text
 * (`{{1}} is your verification code`), so placement is not checked for them.
 */
function checkBodyPlacement(template: Pick<Template, 'category' | 'components'>, tokens: TemplatePlaceholder[], issues: LimitIssue[]): void {
  const text = template.components.body.text;
  const first = tokens[0];
  const last = tokens.at(-1);
  if (template.category !== 'AUTHENTICATION' && first && last) {
    if (text.slice(0, first.start).trim() === '') {
      issues.push(limitIssue('body-starts-with-placeholder', 'components.body.text', `The body cannot start with a placeholder (${first.raw}).`, { token: first.raw }));
    }
    if (text.slice(last.end).trim() === '') {
      issues.push(limitIssue('body-ends-with-placeholder', 'components.body.text', `The body cannot end with a placeholder (${last.raw}).`, { token: last.raw }));
    }
  }
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1];
    const b = tokens[i];
    if (a && b && text.slice(a.end, b.start).trim() === '') {
      issues.push(limitIssue('placeholders-adjacent', 'components.body.text', `${a.raw} and ${b.raw} need some text between them.`, { first: a.raw, second: b.raw }));
    }
  }
}
