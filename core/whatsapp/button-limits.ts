/**
 * Template button limits: counts per type, grouping, text and url lengths, and the fixed
 * shape of authentication templates.
 */
import { checkLength, limitIssue, TEMPLATE_LIMITS, type LimitIssue } from './limit-issue';
import { extractPlaceholders } from './placeholders';
import type { ButtonType, Template, TemplateButton } from './template';

const COUNT_LIMITS: { type: ButtonType; max: number; code: string; label: string }[] = [
  { type: 'QUICK_REPLY', max: TEMPLATE_LIMITS.quickRepliesMax, code: 'quick-replies-too-many', label: 'quick reply buttons' },
  { type: 'URL', max: TEMPLATE_LIMITS.urlButtonsMax, code: 'url-buttons-too-many', label: 'URL buttons' },
  { type: 'PHONE_NUMBER', max: TEMPLATE_LIMITS.phoneButtonsMax, code: 'phone-buttons-too-many', label: 'phone number buttons' },
  { type: 'COPY_CODE', max: TEMPLATE_LIMITS.copyCodeButtonsMax, code: 'copy-code-buttons-too-many', label: 'copy code buttons' },
];

/** Every button limit `template` breaks. */
export function checkButtonLimits(template: Pick<Template, 'category' | 'components'>): LimitIssue[] {
  const issues: LimitIssue[] = [];
  const buttons = template.components.buttons ?? [];
  if (buttons.length > TEMPLATE_LIMITS.buttonsMax) {
    issues.push(limitIssue('buttons-too-many', 'components.buttons', `A template has at most ${TEMPLATE_LIMITS.buttonsMax} buttons (this one has ${buttons.length}).`, { count: buttons.length, max: TEMPLATE_LIMITS.buttonsMax }));
  }
  for (const limit of COUNT_LIMITS) {
    const count = buttons.filter((b) => b.type === limit.type).length;
    if (count > limit.max) {
      issues.push(limitIssue(limit.code, 'components.buttons', `A template has at most ${limit.max} ${limit.label} (this one has ${count}).`, { count, max: limit.max }));
    }
  }
  checkGrouping(buttons, issues);
  buttons.forEach((button, index) => checkButton(button, index, template.category, issues));
  if (template.category === 'AUTHENTICATION') checkAuthentication(template, issues);
  return issues;
}

/**
 * Quick replies must form one block, before or after the call-to-action buttons: Meta
 * rejects `QR, URL, QR`. The first button that reopens a group is reported.
 */
function checkGrouping(buttons: readonly TemplateButton[], issues: LimitIssue[]): void {
  let groups = 0;
  let previous: boolean | undefined;
  buttons.forEach((button, index) => {
    const quick = button.type === 'QUICK_REPLY';
    if (quick === previous) return;
    previous = quick;
    groups++;
    if (groups === 3) {
      issues.push(limitIssue('buttons-interleaved', `components.buttons[${index}]`, 'Quick reply buttons must be grouped together, not mixed in between call-to-action buttons.', { index }));
    }
  });
}

function checkButton(button: TemplateButton, index: number, category: Template['category'], issues: LimitIssue[]): void {
  const at = `components.buttons[${index}]`;
  if (button.text.trim() === '') {
    issues.push(limitIssue('button-text-missing', `${at}.text`, 'Every button needs a label.', { index }));
  }
  checkLength(issues, 'button-text-too-long', `${at}.text`, `Button ${index + 1}'s label`, button.text, TEMPLATE_LIMITS.buttonTextMaxLength);
  if (button.type === 'URL') checkUrl(button.url ?? '', `${at}.url`, issues);
  if (button.type === 'PHONE_NUMBER' && (button.phone_number ?? '').trim() === '') {
    issues.push(limitIssue('button-phone-missing', `${at}.phone_number`, 'A phone number button needs a phone number.', { index }));
  }
  if (button.type === 'OTP' && category !== 'AUTHENTICATION') {
    issues.push(limitIssue('otp-button-not-authentication', `${at}.type`, 'One-time password buttons exist only in AUTHENTICATION templates.', { index }));
  }
}

/** One placeholder at most, and only at the very end: Meta appends the value to the url. */
function checkUrl(url: string, path: string, issues: LimitIssue[]): void {
  if (url.trim() === '') {
    issues.push(limitIssue('button-url-missing', path, 'A URL button needs a url.'));
    return;
  }
  checkLength(issues, 'button-url-too-long', path, 'The url', url, TEMPLATE_LIMITS.urlMaxLength);
  const tokens = extractPlaceholders(url);
  if (tokens.length > 1) {
    issues.push(limitIssue('button-url-too-many-variables', path, `A url takes at most one placeholder (this one has ${tokens.length}).`, { count: tokens.length, max: 1 }));
  } else if (tokens[0] && tokens[0].end !== url.length) {
    issues.push(limitIssue('button-url-variable-not-at-end', path, `A url's placeholder must come at its very end (${tokens[0].raw}).`, { token: tokens[0].raw }));
  }
}

/**
 * Authentication templates are Meta's fixed shape: its preset body, an optional expiry
 * footer and exactly one OTP button (copy code, one-tap or zero-tap); no header.
 */
function checkAuthentication(template: Pick<Template, 'components'>, issues: LimitIssue[]): void {
  const { header, buttons = [] } = template.components;
  if (header) {
    issues.push(limitIssue('authentication-header', 'components.header', 'Authentication templates have no header.'));
  }
  buttons.forEach((button, index) => {
    if (button.type !== 'OTP') {
      issues.push(limitIssue('authentication-button-type', `components.buttons[${index}].type`, 'Authentication templates take only a one-time password button.', { index, type: button.type }));
    }
  });
  const otp = buttons.filter((b) => b.type === 'OTP').length;
  if (otp !== 1) {
    issues.push(limitIssue('authentication-otp-button', 'components.buttons', `An authentication template needs exactly one one-time password button (this one has ${otp}).`, { count: otp }));
  }
}
