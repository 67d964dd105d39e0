import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { HostApi } from '../../../core/api/host-api';
import { HostProvider } from '../host/host-context';

/** Everything a screen needs from above: the host and the translations. */
export function AppProviders({ host, i18n, children }: { host: HostApi; i18n: i18n; children: ReactNode }) {
  return (
    <HostProvider host={host}>
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    </HostProvider>
  );
}
