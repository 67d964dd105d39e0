/** Renders a component with the app's translations in one language (no host needed). */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../../renderer/src/i18n/create-i18n';
import type { Language } from '../../../renderer/src/i18n/languages';

export function renderWithI18n(ui: ReactElement, language: Language = 'en') {
  const i18n = createI18n(language);
  const user = userEvent.setup();
  const view = render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
  return {
    ...view,
    user,
    i18n,
    rerenderUi: (next: ReactElement) => view.rerender(<I18nextProvider i18n={i18n}>{next}</I18nextProvider>),
  };
}
