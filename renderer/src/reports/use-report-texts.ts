/**
 * The Reports and hand-off strings live in i18next's `reports` namespace (i18n/reports.*.ts):
 * a namespace of their own, because merged into `translation` they pushed TypeScript past its
 * instantiation depth. Components use `useTranslation('reports')`; the self-contained
 * readiness report, made outside React, takes a language's hand-off texts from here.
 */
import { reportMessagesByLanguage, type Language } from '../i18n/languages';
import type { ReportMessages } from '../i18n/reports.en';

export type ReportTexts = ReportMessages;

/** One language's reports namespace, for HTML built outside React (the readiness report). */
export function reportTexts(language: string): ReportTexts {
  return reportMessagesByLanguage[(language.startsWith('fr') ? 'fr' : 'en') satisfies Language];
}
