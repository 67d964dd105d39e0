import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { FakeWebContents, fire } from './fake-electron';
import type { FakeElectron } from './fake-electron';

const electron: FakeElectron = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => electron);

const { hardenSession, hardenWebContents } = await import('../../electron/main/hardening');

function hardened(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents);
  return contents;
}

beforeEach(() => electron.shell.openExternal.mockClear());

describe('navigation and new windows', () => {
  it('lets the window move between our own app:// pages', () => {
    expect(fire(hardened(), 'will-navigate', 'app://renderer/index.html')).toBe(false);
  });

  it('refuses navigation elsewhere and opens https links in the browser instead', () => {
    const contents = hardened();
    expect(fire(contents, 'will-navigate', 'https://evil.example/phish')).toBe(true);
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://evil.example/phish');
  });

  it('never hands a non-https URL to the OS', () => {
    const contents = hardened();
    for (const url of ['file:///etc/passwd', 'http://example.com', 'smb://host/share', 'javascript:alert(1)']) {
      expect(fire(contents, 'will-navigate', url)).toBe(true);
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('denies window.open, opening https targets externally', () => {
    const contents = hardened();
    expect(contents.windowOpenHandler!({ url: 'https://business.whatsapp.com' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://business.whatsapp.com');
    expect(contents.windowOpenHandler!({ url: 'app://renderer/index.html' })).toEqual({ action: 'deny' });
  });

  it('refuses to attach a <webview>', () => {
    expect(fire(hardened(), 'will-attach-webview', {}, {})).toBe(true);
  });
});

describe('session permissions', () => {
  it('denies every permission request and every check', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    hardenSession(session as unknown as Session);
    const request = session.setPermissionRequestHandler.mock.calls[0]![0] as (c: unknown, p: string, cb: (ok: boolean) => void) => void;
    const check = session.setPermissionCheckHandler.mock.calls[0]![0] as (c: unknown, p: string) => boolean;
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'unknown']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check({}, permission)).toBe(false);
    }
  });
});
