import i18next from 'i18next';
import type { i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { importErrorMessagesByLanguage, languages, messagesByLanguage, reportMessagesByLanguage } from './languages';
import type { Language } from './languages';

/**
 * Makes one i18next instance with every language bundled. Resources are in memory, so
 * initialisation is synchronous and the first render is already translated. Each app (and each
 * component test) gets its own instance instead of sharing the global one.
 */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: Object.fromEntries(
      languages.map((lng) => [
        lng,
        { translation: messagesByLanguage[lng], reports: reportMessagesByLanguage[lng], importErrors: importErrorMessagesByLanguage[lng] },
      ]),
    ),
    ns: ['translation', 'reports', 'importErrors'],
    defaultNS: 'translation',
    lng: language,
    fallbackLng: languages[0],
    supportedLngs: [...languages],
    initAsync: false,
    // React escapes what it renders; escaping here too would show entities.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
