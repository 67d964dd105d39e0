/**
 * Findings are data: validation returns a list of them and never throws. Each one names a rule
 * of the public catalogue (stable ids from the journey format spec), where it applies, and a
 * message already written in the user's language.
 */
import type { RuleId } from './rule-ids';

/** `error` blocks a real run; `warning` and `info` do not. */
export type Severity = 'error' | 'warning' | 'info';

/** Languages the findings, titles and teaching texts are written in. */
export type Language = 'en' | 'fr';
/** Every supported language, English first (the default). */
export const LANGUAGES: readonly Language[] = ['en', 'fr'];

/** A text in every supported language. */
export type LocalText = Readonly<Record<Language, string>>;

/** Values a message is filled with; also machine-readable detail for the UI and reports. */
export type FindingParamValue = string | number | boolean | readonly string[];
export type FindingParams = Readonly<Record<string, FindingParamValue>>;

/** One problem (or notice) about a journey. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** The node the finding is about, when it has one. */
  node?: string;
  /** The edge the finding is about, when it has one. */
  edge?: string;
  /** Human-readable, in the language asked for. */
  message: string;
  /** The values the message was built from (counts, names, `path` of node ids, `hours`...). */
  params?: FindingParams;
  /** Where inside the node the problem sits, as keys from the node (`['data', 'timeout']`), for an inspector to highlight the field. */
  path?: readonly (string | number)[];
}

/** Whether any finding blocks a real run. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
