import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  isAllowedNavigation,
  isAppUrl,
  isSafeExternalUrl,
  mainWindowOptions,
  secureWebPreferences,
} from '../../electron/main/security';

describe('window hardening (Electron security checklist)', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.cjs');

  it('isolates the context, sandboxes the renderer and gives it no Node', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and experimental or insecure features off', () => {
    expect(prefs).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('uses those preferences for the main window, hidden until ready', () => {
    const options = mainWindowOptions('/p.cjs', { width: 1200, height: 800, x: 5, y: 6, maximized: false });
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.cjs'));
    expect(options).toMatchObject({ width: 1200, height: 800, x: 5, y: 6, show: false });
    expect(mainWindowOptions('/p.cjs', { width: 1, height: 1, maximized: false })).not.toHaveProperty('x');
  });

  it('loads the renderer from app://, never file://', () => {
    expect(APP_ENTRY_URL).toBe('app://renderer/index.html');
  });
});

describe('URL predicates', () => {
  it.each([
    ['app://renderer/index.html', true],
    ['app://renderer/', true],
    ['app://evil/index.html', false],
    ['file:///etc/passwd', false],
    ['https://renderer/index.html', false],
    ['not a url', false],
  ])('isAppUrl(%s) is %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
    expect(isAllowedNavigation(url)).toBe(expected);
  });

  it.each([
    ['https://developers.facebook.com/docs/whatsapp', true],
    ['http://example.com', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['smb://server/share', false],
    ['https://user:pass@example.com', false],
    ['', false],
  ])('isSafeExternalUrl(%s) is %s', (url, expected) => {
    expect(isSafeExternalUrl(url)).toBe(expected);
  });
});
