/** Parameter values as a preview shows them: contact attributes stand in by name. */
import type { PlaceholderValues } from '../../../core/whatsapp/placeholders';

// The form journeys use for a per-contact value, as the interpreter reads it.
const CONTACT_REF = /\{\{\s*contact\.([^{}]+?)\s*\}\}/g;

/**
 * `{{contact.first_name}}` becomes `[first_name]`: the preview cannot know each contact's
 * value, and braces left in would read as a placeholder still without a value.
 */
export function previewValues(parameters: Readonly<Record<string, string>> | undefined): PlaceholderValues {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(parameters ?? {})) {
    out[key] = value.replace(CONTACT_REF, (_match, attribute: string) => `[${attribute}]`);
  }
  return out;
}
