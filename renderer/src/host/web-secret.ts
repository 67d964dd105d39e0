/** The header that carries the per-launch secret on every HostApi call to the web host. */
export const secretHeader = 'x-wajourney-secret';

/** sessionStorage lives as long as the tab: a reload keeps working, a new tab needs the link. */
const sessionKey = 'wajourney.host-secret';

type Page = Pick<Window, 'location' | 'history' | 'sessionStorage'>;

/**
 * Takes the web host's secret from the address (`#k=SECRET`), remembers it for reloads, and
 * removes it from the visible address so it is not copied, bookmarked or shown on screen.
 * Without a secret in the address, returns the one remembered by this tab, or null.
 */
export function takeSecret(page: Page = window): string | null {
  const params = new URLSearchParams(page.location.hash.slice(1));
  const fromHash = params.get('k');
  if (!fromHash) return readRemembered(page);
  try {
    page.sessionStorage.setItem(sessionKey, fromHash);
  } catch {
    // Storage disabled: the secret still serves this page; a reload will need the link again.
  }
  params.delete('k');
  const rest = params.toString();
  const { pathname, search } = page.location;
  page.history.replaceState(page.history.state, '', `${pathname}${search}${rest ? `#${rest}` : ''}`);
  return fromHash;
}

function readRemembered(page: Page): string | null {
  try {
    return page.sessionStorage.getItem(sessionKey);
  } catch {
    return null;
  }
}
