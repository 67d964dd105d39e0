/** Output handles with a fixed meaning have a translated name; branch ids are names already. */
import type { TFunction } from 'i18next';

const FIXED_HANDLES = new Set(['out', 'failed', 'replied', 'timeout', 'yes', 'no', 'else']);

export function handleName(t: TFunction, handle: string): string {
  return FIXED_HANDLES.has(handle) ? t(`editor.handles.${handle as 'out'}`) : handle;
}
