import { shell } from 'electron';
import type { Session, WebContents } from 'electron';
import { isAllowedNavigation, isSafeExternalUrl } from './security';

/** Opens a link in the user's browser when it is https; anything else is dropped. */
export function openExternally(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
}

/**
 * Applied to every web contents the app creates: navigation stays on our own pages (an
 * https link opens in the browser instead), window.open never creates a window, and
 * <webview> can never be attached.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (isAllowedNavigation(url)) return;
    event.preventDefault();
    openExternally(url);
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * The app needs no camera, microphone, location, notifications or any other permission:
 * every request and every check is answered no.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
