import type { Language } from '../i18n/languages';
import type { Theme } from './preferences';

/**
 * Applies the theme to the document: CSS reads `data-theme` (light, dark or system) and, for
 * system, follows `prefers-color-scheme` by itself, so no listener is needed here.
 */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = theme;
}

/** Tells assistive technology and the browser's spell-checker which language is shown. */
export function applyLanguage(language: Language, root: HTMLElement = document.documentElement): void {
  root.lang = language;
}
