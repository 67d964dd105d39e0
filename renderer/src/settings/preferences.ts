import { isLanguage } from '../i18n/languages';
import type { Language } from '../i18n/languages';

export const themes = ['light', 'dark', 'system'] as const;
export type Theme = (typeof themes)[number];

/** UI preferences of this computer. `language: null` means "follow the browser". */
export type Preferences = { language: Language | null; theme: Theme };

export const defaultPreferences: Preferences = { language: null, theme: 'system' };

/** The only place UI preferences are stored; workspace data lives in IndexedDB instead. */
const storageKey = 'wajourney.preferences.v1';

function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (themes as readonly string[]).includes(value);
}

/**
 * Reads the saved preferences, keeping each valid field and dropping the rest: a hand-edited
 * or older entry never breaks start-up.
 */
export function readPreferences(storage: Storage = localStorage): Preferences {
  let saved: unknown;
  try {
    saved = JSON.parse(storage.getItem(storageKey) ?? 'null');
  } catch {
    return defaultPreferences;
  }
  if (typeof saved !== 'object' || saved === null) return defaultPreferences;
  const record = saved as Record<string, unknown>;
  return {
    language: isLanguage(record.language) ? record.language : defaultPreferences.language,
    theme: isTheme(record.theme) ? record.theme : defaultPreferences.theme,
  };
}

export function writePreferences(preferences: Preferences, storage: Storage = localStorage): void {
  try {
    storage.setItem(storageKey, JSON.stringify(preferences));
  } catch {
    // Storage full or disabled (private mode): the choice still applies to this session.
  }
}
