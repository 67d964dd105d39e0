import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppProviders } from './app/AppProviders';
import { getHost } from './host/get-host';
import { createI18n } from './i18n/create-i18n';
import { applyLanguage, applyTheme } from './settings/apply-settings';
import { useSettingsStore } from './settings/settings-store';
import './styles/index.css';

const settings = useSettingsStore.getState();
// Before the first paint, so a dark theme never flashes white.
applyTheme(settings.theme);
applyLanguage(settings.language);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

createRoot(container).render(
  <StrictMode>
    <AppProviders host={getHost()} i18n={createI18n(settings.language)}>
      <App />
    </AppProviders>
  </StrictMode>,
);
