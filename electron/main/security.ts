// Window hardening in one place (Electron security checklist), as pure functions that the
// tests check without an Electron binary.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { WindowPlacement } from '../host/window-state/window-bounds';

/** The renderer is served from app://renderer/, never file://: a file URL can read any file. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** A page of our own renderer: scheme app: and host `renderer`, nothing else. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== undefined && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/**
 * Links the user may open in their browser: https only (no file:, smb:, custom protocol
 * handlers or javascript:), and no credentials in the URL.
 */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== undefined && parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
}

/** Where a navigation may go inside the window: only our own pages. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * The renderer gets no Node, runs in Chromium's sandbox, sees the preload only through
 * contextBridge, and keeps the web platform's own protections on.
 */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

export function mainWindowOptions(preload: string, placement: WindowPlacement): BrowserWindowConstructorOptions {
  const { width, height, x, y } = placement;
  return {
    width,
    height,
    ...(x !== undefined && y !== undefined ? { x, y } : {}),
    minWidth: 900,
    minHeight: 600,
    title: 'Journey Studio for WhatsApp',
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    webPreferences: secureWebPreferences(preload),
  };
}
