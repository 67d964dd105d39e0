import { useEffect, useRef } from 'react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from './AppHeader';
import { selectScreen, useNavStore } from './nav-store';
import { ScreenOutlet } from './ScreenOutlet';
import { SideNav } from './SideNav';
import { useApplySettings } from './use-apply-settings';
import { WorkspaceGate } from './WorkspaceGate';

/** The shell: header, navigation on the left, the current screen in the main area. */
export function App() {
  const { t } = useTranslation();
  const screen = useNavStore(selectScreen);
  const main = useRef<HTMLElement>(null);
  const shown = useRef<string | null>(null);
  useApplySettings();

  // After a navigation (not at start-up), move focus to the new screen's title.
  useEffect(() => {
    if (shown.current !== null && shown.current !== screen) main.current?.querySelector('h1')?.focus();
    shown.current = screen;
  }, [screen]);

  // Handled here rather than by href="#main": the address hash belongs to the web host's key.
  const skipToContent = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    main.current?.focus();
  };

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main" onClick={skipToContent}>
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <SideNav />
      <main id="main" ref={main} className="app-main" tabIndex={-1}>
        <div className="screen">
          <WorkspaceGate>
            <ScreenOutlet />
          </WorkspaceGate>
        </div>
      </main>
    </div>
  );
}
