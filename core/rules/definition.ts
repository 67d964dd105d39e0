import type { LocalText, Severity } from './finding';
import type { RuleId } from './rule-ids';

/**
 * One rule of the catalogue: what the validator reports and what the trainer view teaches.
 * Messages are templates with `{param}` slots filled from the finding's params; a rule that
 * can be broken in several ways has one message per way (`variant`), and always a `default`.
 */
export interface RuleDefinition {
  id: RuleId;
  severity: Severity;
  /** A few words, for lists and headings. */
  title: LocalText;
  /** Message templates by variant. */
  messages: Readonly<{ default: LocalText } & Record<string, LocalText>>;
  /** Why the rule exists and what Meta (or the engine) does when it is broken. */
  teaching: LocalText;
  /** Where the facts come from: sections of the WhatsApp rules reference and their sources. */
  sources: readonly string[];
  /** Meta error codes a real send meets when the rule is broken, if any. */
  metaErrors?: readonly number[];
}
