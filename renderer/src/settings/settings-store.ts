import { create } from 'zustand';
import { detectLanguage } from '../i18n/languages';
import type { Language } from '../i18n/languages';
import { readPreferences, writePreferences } from './preferences';
import type { Theme } from './preferences';

export type SettingsState = { language: Language; theme: Theme };

/** The settings as they apply now: the saved language, else the browser's. */
export function loadSettings(): SettingsState {
  const saved = readPreferences();
  return { language: saved.language ?? detectLanguage(navigator.languages), theme: saved.theme };
}

/** UI settings. Components select one field; actions below persist what they change. */
export const useSettingsStore = create<SettingsState>()(() => loadSettings());

export const selectLanguage = (state: SettingsState): Language => state.language;
export const selectTheme = (state: SettingsState): Theme => state.theme;

// Saves only the field the user changed: choosing a theme must not pin the detected language.
function update(patch: Partial<SettingsState>): void {
  useSettingsStore.setState(patch);
  writePreferences({ ...readPreferences(), ...patch });
}

export function setLanguage(language: Language): void {
  update({ language });
}

export function setTheme(theme: Theme): void {
  update({ theme });
}

/** Re-reads saved settings, as at start-up (tests use it to begin from a clean slate). */
export function reloadSettings(): void {
  useSettingsStore.setState(loadSettings(), true);
}
