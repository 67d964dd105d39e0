/** Meta's authoring limits, checked by core, as messages per field in the interface language. */
import type { Language } from '../../../../core/rules';
import { limitDetail } from '../../../../core/rules/template/limit-texts';
import { checkTemplateLimits, type LimitIssue } from '../../../../core/whatsapp/limits';
import type { Template } from '../../../../core/whatsapp/template';

export interface LimitMessages {
  issues: readonly LimitIssue[];
  /** Messages of issues whose path starts with `prefix` (`components.buttons[1]` takes its `.text` and `.url`). */
  at(prefix: string): string[];
  /** Messages no field shows (`components`, the whole template). */
  general: string[];
}

/** French details are lower-case clauses (they follow a label in findings): start them with a capital here. */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const FIELD_PREFIXES = ['name', 'components.header', 'components.body', 'components.footer', 'components.buttons['];

export function limitMessages(template: Template, language: Language): LimitMessages {
  const issues = checkTemplateLimits(template);
  const text = (issue: LimitIssue) => sentence(limitDetail(issue, language));
  return {
    issues,
    at: (prefix) => issues.filter((i) => i.path === prefix || i.path.startsWith(`${prefix}.`) || i.path.startsWith(`${prefix}[`)).map(text),
    general: issues.filter((i) => !FIELD_PREFIXES.some((p) => i.path.startsWith(p))).map(text),
  };
}
