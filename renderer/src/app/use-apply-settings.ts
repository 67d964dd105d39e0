import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { applyLanguage, applyTheme } from '../settings/apply-settings';
import { selectLanguage, selectTheme, useSettingsStore } from '../settings/settings-store';

/** Keeps the document and i18next in step with the settings store. */
export function useApplySettings(): void {
  const language = useSettingsStore(selectLanguage);
  const theme = useSettingsStore(selectTheme);
  const { i18n } = useTranslation();

  useEffect(() => applyTheme(theme), [theme]);

  useEffect(() => {
    applyLanguage(language);
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.title = i18n.t('app.name');
  }, [language, i18n]);
}
