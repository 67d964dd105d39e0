/**
 * The Reports and hand-off strings in the UI language. They are read from their own EN/FR
 * objects rather than merged into i18next's typed resources: one more block of keys there
 * pushes TypeScript past its instantiation depth where a `t` function is passed around
 * (BackupSection), which would break other screens' type checks.
 */
import { useTranslation } from 'react-i18next';
import { reportsEn } from '../i18n/reports.en';
import { reportsFr } from '../i18n/reports.fr';

export type ReportTexts = typeof reportsEn;

export function reportTexts(language: string): ReportTexts {
  return language.startsWith('fr') ? reportsFr : reportsEn;
}

/** Fills `{{name}}` slots, as i18next would (React escapes the result when it renders). */
export function interpolate(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (slot, name: string) => (name in params ? String(params[name]) : slot));
}

export function useReportTexts(): { r: ReportTexts['reports']; h: ReportTexts['handoff']; language: 'en' | 'fr' } {
  const { i18n } = useTranslation();
  const texts = reportTexts(i18n.language);
  return { r: texts.reports, h: texts.handoff, language: i18n.language.startsWith('fr') ? 'fr' : 'en' };
}
