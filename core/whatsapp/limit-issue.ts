/** The figures and finding shape shared by the template, button and session-message limit checkers. */

/** Meta's template authoring limits. Sources: whatsapp-rules.md §2.2. */
export const TEMPLATE_LIMITS = {
  nameMaxLength: 512,
  headerTextMaxLength: 60,
  headerMaxVariables: 1,
  bodyMaxLength: 1024,
  footerMaxLength: 60,
  buttonsMax: 10,
  quickRepliesMax: 10,
  urlButtonsMax: 2,
  phoneButtonsMax: 1,
  copyCodeButtonsMax: 1,
  /** 25 per chakrahq and Meta's current builder (unverified); it used to be 20. */
  buttonTextMaxLength: 25,
  /** Unverified figure, widely quoted. */
  urlMaxLength: 2000,
} as const;

/** Every code the template checker can report, so translations can be checked for completeness. */
export const TEMPLATE_LIMIT_CODES = [
  'name-invalid', 'name-too-long', 'header-text-missing', 'header-too-long', 'header-too-many-variables',
  'body-missing', 'body-too-long', 'footer-too-long', 'footer-has-variables', 'placeholder-invalid',
  'placeholders-mixed', 'placeholders-not-sequential', 'body-starts-with-placeholder', 'body-ends-with-placeholder',
  'placeholders-adjacent', 'buttons-too-many', 'quick-replies-too-many', 'url-buttons-too-many',
  'phone-buttons-too-many', 'copy-code-buttons-too-many', 'buttons-interleaved', 'button-text-missing',
  'button-text-too-long', 'button-url-missing', 'button-url-too-long', 'button-url-too-many-variables',
  'button-url-variable-not-at-end', 'button-phone-missing', 'otp-button-not-authentication',
  'authentication-header', 'authentication-button-type', 'authentication-otp-button',
] as const;

/** Every code the session-message checker can report. */
export const SESSION_LIMIT_CODES = [
  'text-missing', 'text-too-long', 'buttons-missing', 'buttons-too-many', 'button-title-missing',
  'button-title-too-long', 'button-id-missing', 'button-id-too-long', 'button-id-duplicate',
  'button-title-duplicate', 'media-url-missing', 'caption-not-allowed', 'caption-too-long',
] as const;

/** One broken limit. `code` is stable (safe to branch on and translate); `message` is English. */
export interface LimitIssue {
  code: string;
  /** Where, for example `components.buttons[3].text`, `name` or `message.buttons[0].title`. */
  path: string;
  message: string;
  /** The figures of the message (length, max, token…), for translations. */
  params: Record<string, string | number>;
}

/** Builds a finding. */
export function limitIssue(code: string, path: string, message: string, params: LimitIssue['params'] = {}): LimitIssue {
  return { code, path, message, params };
}

/**
 * Characters as a person counts them (code points), not UTF-16 units: an emoji is one.
 * Meta does not document its unit; code points are the closer reading of "characters".
 */
export function charLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Adds a `*-too-long` finding when `text` is longer than `max`. */
export function checkLength(issues: LimitIssue[], code: string, path: string, what: string, text: string, max: number): void {
  const length = charLength(text);
  if (length > max) {
    issues.push(limitIssue(code, path, `${what} has ${length} characters; Meta allows at most ${max}.`, { length, max }));
  }
}
