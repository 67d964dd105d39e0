import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import type { RunSnapshot } from '../../../core/api/host-api';
import { AppProviders } from '../../../renderer/src/app/AppProviders';
import { createI18n } from '../../../renderer/src/i18n/create-i18n';
import type { Language } from '../../../renderer/src/i18n/languages';
import { createFakeHost } from '../../support/fake-host';
import type { FakeHost } from '../../support/fake-host';

/** Renders over a fake host that already holds `runs` (the screen lists them on mount). */
export function renderWithRuns(ui: ReactElement, runs: RunSnapshot[] = [], language: Language = 'en', host: FakeHost = createFakeHost()) {
  for (const run of runs) host.runSnapshots.set(run.runId, run);
  const user = userEvent.setup();
  return { ...render(<AppProviders host={host} i18n={createI18n(language)}>{ui}</AppProviders>), host, user };
}
