import { useTranslation } from 'react-i18next';
import { languages } from '../../i18n/languages';
import type { Theme } from '../../settings/preferences';
import {
  selectLanguage,
  selectTheme,
  setLanguage,
  setTheme,
  useSettingsStore,
} from '../../settings/settings-store';
import { ChoiceGroup } from '../../ui/ChoiceGroup';

/** Language and theme; each choice applies at once and is remembered on this computer. */
export function AppearanceSection() {
  const { t } = useTranslation();
  const language = useSettingsStore(selectLanguage);
  const theme = useSettingsStore(selectTheme);

  const languageChoices = languages.map((value) => ({ value, label: t(`languages.${value}`) }));
  const themeChoices: { value: Theme; label: string }[] = [
    { value: 'light', label: t('settings.themeLight') },
    { value: 'dark', label: t('settings.themeDark') },
    { value: 'system', label: t('settings.themeSystem') },
  ];

  return (
    <section className="card" aria-labelledby="settings-appearance">
      <h2 id="settings-appearance" className="card-title">
        {t('settings.appearance')}
      </h2>
      <ChoiceGroup legend={t('settings.language')} choices={languageChoices} value={language} onChange={setLanguage} />
      <ChoiceGroup
        legend={t('settings.theme')}
        choices={themeChoices}
        value={theme}
        onChange={setTheme}
        hint={t('settings.themeSystemHint')}
      />
    </section>
  );
}
