import { useTranslation } from 'react-i18next';
import { ScreenIcon } from '../ui/icons';
import { navigate, selectScreen, useNavStore } from './nav-store';
import { screenIds } from './screens';
import type { ScreenId } from './screens';

const navKeys = {
  journeys: 'nav.journeys',
  templates: 'nav.templates',
  audiences: 'nav.audiences',
  channels: 'nav.channels',
  runs: 'runs.nav',
  settings: 'nav.settings',
} as const satisfies Record<ScreenId, string>;

/** The left navigation: one real button per screen, the current one marked for assistive tech. */
export function SideNav() {
  const { t } = useTranslation();
  const current = useNavStore(selectScreen);
  const item = (screen: ScreenId) => (
    <li key={screen}>
      <button
        type="button"
        className="nav-item"
        // The editor belongs to the Journeys section.
        aria-current={screen === current || (screen === 'journeys' && current === 'editor') ? 'page' : undefined}
        onClick={() => navigate(screen)}
      >
        <ScreenIcon screen={screen} />
        <span>{t(navKeys[screen])}</span>
      </button>
    </li>
  );
  return (
    <nav className="app-nav" aria-label={t('app.mainNavigation')}>
      <ul className="nav-list">{screenIds.filter((s) => s !== 'settings').map(item)}</ul>
      <ul className="nav-list nav-list-end">{item('settings')}</ul>
    </nav>
  );
}
