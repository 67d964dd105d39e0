import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hostCalls } from '../../core/api/host-api';
import { fire } from './fake-electron';
import type { FakeElectron } from './fake-electron';
import { useTempDirs } from './temp-dir';
import { portIsFree } from './port-is-free';

const electron: FakeElectron = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => electron);
const tempDir = useTempDirs();

beforeEach(async () => {
  vi.resetModules();
  vi.clearAllMocks();
  electron.windows.length = 0;
  electron.app.removeAllListeners();
  electron.ipcMain.handlers.clear();
  const dataDir = await tempDir();
  electron.app.getPath.mockImplementation(() => dataDir);
  // Any free port: a developer's running app may hold the default one.
  process.env.WAJOURNEY_WEBHOOK_PORT = '0';
});

// Quitting closes the host services each launch started (sandbox, webhook receiver, runs).
afterEach(async () => {
  if (electron.app.listenerCount('will-quit') === 0) return;
  fire(electron.app, 'will-quit');
  await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
  delete process.env.WAJOURNEY_WEBHOOK_PORT;
});

/** Imports the real entry (electron/main/index.ts) and waits for the window to load. */
async function launch() {
  await import('../../electron/main/index');
  await vi.waitFor(() => expect(electron.windows[0]?.loadURL).toHaveBeenCalled());
  return electron.windows[0]!;
}

describe('single instance', () => {
  it('quits a second instance before doing anything else', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    await import('../../electron/main/index');
    expect(electron.app.quit).toHaveBeenCalledOnce();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
  });

  it('focuses the first window when a second instance starts', async () => {
    const window = await launch();
    window.minimized = true;
    electron.app.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});

describe('startup wiring', () => {
  it('enables the sandbox everywhere and registers app:// before ready', async () => {
    await launch();
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(electron.app.whenReady.mock.invocationCallOrder[0]!);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('loads app://renderer/index.html in a hardened window', async () => {
    const window = await launch();
    expect(window.loadURL).toHaveBeenCalledWith('app://renderer/index.html');
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]index\.cjs$/);
    // Navigation rules reach every web contents through web-contents-created.
    expect(fire(window.webContents, 'will-navigate', 'https://evil.example')).toBe(true);
    expect(window.webContents.windowOpenHandler!({ url: 'https://x.example' })).toEqual({ action: 'deny' });
  });

  it('denies permissions on the default session and installs the menu', async () => {
    await launch();
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('answers HostApi calls from its window only, with safeStorage behind secrets', async () => {
    const window = await launch();
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(Object.keys(hostCalls).sort());
    const frame = { url: 'app://renderer/index.html', parent: null };
    const info = await electron.ipcMain.handlers.get('app:info')!({ sender: window.webContents, senderFrame: frame }, {});
    expect(info).toMatchObject({ ok: true, value: { host: 'electron', secretStorage: 'encrypted' } });
    const set = await electron.ipcMain.handlers.get('secrets:set')!({ sender: window.webContents, senderFrame: frame }, { key: 'c:token', value: 'v' });
    expect(set).toEqual({ ok: true, value: { storage: 'encrypted' } });
    expect(electron.safeStorage.encryptString).toHaveBeenCalledWith('v');
    const foreign = await electron.ipcMain.handlers.get('app:info')!({ sender: { id: 12345 }, senderFrame: frame }, {});
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('remembers where the window was', async () => {
    const window = await launch();
    window.emit('close');
    const { createWindowStateStore } = await import('../../electron/host/window-state/window-state-store');
    await vi.waitFor(async () => {
      expect(await createWindowStateStore(electron.app.getPath('userData')).load()).toEqual({
        bounds: { x: 10, y: 20, width: 1000, height: 700 },
        maximized: false,
      });
    });
  });
});

describe('host services', () => {
  it('start with the app (the sandbox answers) and close before it quits, freeing their ports', async () => {
    const window = await launch();
    const frame = { url: 'app://renderer/index.html', parent: null };
    const event = { sender: window.webContents, senderFrame: frame };
    const sandbox = { id: 'sandbox', displayName: 'Sandbox', mode: 'sandbox' };
    const webhook = (await electron.ipcMain.handlers.get('channels:webhook')!(event, { channel: sandbox })) as { ok: true; value: { port: number } };
    expect(webhook.ok).toBe(true);
    expect(await portIsFree(webhook.value.port)).toBe(false);
    expect(await electron.ipcMain.handlers.get('channels:testConnection')!(event, { channel: sandbox })).toMatchObject({ ok: true, value: { qualityRating: 'GREEN' } });
    // The first quit is held until the services are closed, then quits for real.
    expect(fire(electron.app, 'will-quit')).toBe(true);
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledOnce());
    expect(await portIsFree(webhook.value.port)).toBe(true);
    expect(fire(electron.app, 'will-quit')).toBe(false);
  });
});
