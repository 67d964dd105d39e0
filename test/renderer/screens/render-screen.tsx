import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { AppProviders } from '../../../renderer/src/app/AppProviders';
import { WorkspaceGate } from '../../../renderer/src/app/WorkspaceGate';
import { createI18n } from '../../../renderer/src/i18n/create-i18n';
import type { Language } from '../../../renderer/src/i18n/languages';
import { createFakeHost } from '../../support/fake-host';

/** One screen over a fake host, in a language, with a user-event session, behind the workspace gate as in the app. */
export function renderScreen(screen: ReactElement, language: Language = 'en') {
  const host = createFakeHost();
  const i18n = createI18n(language);
  const user = userEvent.setup();
  return { ...render(<AppProviders host={host} i18n={i18n}><WorkspaceGate>{screen}</WorkspaceGate></AppProviders>), host, i18n, user };
}

/** A File jsdom can read, from text. */
export function textFile(name: string, text: string, type = 'application/json'): File {
  return new File([text], name, { type });
}
