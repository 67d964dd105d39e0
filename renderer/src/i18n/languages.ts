import { en } from './en';
import type { Messages } from './en';
import { fr } from './fr';
import { reportsEn, type ReportMessages } from './reports.en';
import { reportsFr } from './reports.fr';
import { importErrorsEn, type ImportErrorMessages } from './import-errors.en';
import { importErrorsFr } from './import-errors.fr';

/** The languages the interface is translated into; the first is the fallback. */
export const languages = ['en', 'fr'] as const;
export type Language = (typeof languages)[number];

export const messagesByLanguage: Record<Language, Messages> = { en, fr };

/** The `reports` namespace (reports and the agency hand-off), by language. */
export const reportMessagesByLanguage: Record<Language, ReportMessages> = { en: reportsEn, fr: reportsFr };

/** The `importErrors` namespace (problems of an imported file, by core/journey's codes), by language. */
export const importErrorMessagesByLanguage: Record<Language, ImportErrorMessages> = { en: importErrorsEn, fr: importErrorsFr };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/**
 * Picks the interface language from the browser's preferred languages (`navigator.languages`):
 * the first whose primary subtag we translate (`fr-CA` gives `fr`), else English.
 */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.split('-')[0]?.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return languages[0];
}
