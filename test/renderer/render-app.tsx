import { render, waitFor } from '@testing-library/react';
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
 * localStorage (set them before calling to start in another language or theme), and resolves
 * once its workspace is ready and the first screen shown (the ready signal).
 */
export async function renderApp(host: FakeHost = createFakeHost()) {
  const view = renderAppStarting(host);
  await waitFor(() => {
    if (document.documentElement.dataset.ready !== 'true') throw new Error('the app is not ready');
  });
  return view;
}

/** The app as it renders at once, before its workspace is ready. */
export function renderAppStarting(host: FakeHost = createFakeHost()) {
  delete document.documentElement.dataset.ready;
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
