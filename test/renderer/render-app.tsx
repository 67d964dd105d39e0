import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/src/app/App';
import { AppProviders } from '../../renderer/src/app/AppProviders';
import { resetNavigation } from '../../renderer/src/app/nav-store';
import { createI18n } from '../../renderer/src/i18n/create-i18n';
import { reloadSettings, useSettingsStore } from '../../renderer/src/settings/settings-store';
import { createFakeHost } from '../support/fake-host';
import type { FakeHost } from '../support/fake-host';

/**
 * Renders the whole app as main.tsx does, over a fake host, from the settings saved in
 * localStorage (set them before calling to start in another language or theme).
 */
export function renderApp(host: FakeHost = createFakeHost()) {
  reloadSettings();
  resetNavigation();
  const i18n = createI18n(useSettingsStore.getState().language);
  const user = userEvent.setup();
  const view = render(
    <AppProviders host={host} i18n={i18n}>
      <App />
    </AppProviders>,
  );
  return { ...view, host, i18n, user };
}
