import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * Just enough of Electron's main-process API for the glue in electron/main to run under
 * vitest (the binary cannot run here). Each call makes fresh spies; tests inspect them.
 */
export class FakeWebContents extends EventEmitter {
  private static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly send = vi.fn();
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  isDestroyed() {
    return false;
  }
}

/** Fires an Electron-style event on an emitter and reports whether a listener prevented it. */
export function fire(emitter: EventEmitter, name: string, ...args: unknown[]): boolean {
  const event = { preventDefault: vi.fn() };
  emitter.emit(name, event, ...args);
  return event.preventDefault.mock.calls.length > 0;
}

export function createFakeElectron() {
  const windows: FakeBrowserWindow[] = [];
  const app = Object.assign(new EventEmitter(), {
    name: 'Journey Studio for WhatsApp',
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    exit: vi.fn(),
    enableSandbox: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    getPath: vi.fn((_name: string) => '/tmp/wajourney-fake-user-data'),
  });

  class FakeBrowserWindow extends EventEmitter {
    static getAllWindows = () => windows;
    readonly webContents = new FakeWebContents();
    readonly loadURL = vi.fn(async () => undefined);
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly maximize = vi.fn();
    minimized = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    isMinimized() {
      return this.minimized;
    }
    isDestroyed() {
      return false;
    }
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return { x: 10, y: 20, width: 1000, height: 700 };
    }
  }

  const ipcHandlers = new Map<string, (event: unknown, args: unknown) => Promise<unknown>>();
  return {
    app,
    windows,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handlers: ipcHandlers,
      handle: vi.fn((channel: string, handler: (event: unknown, args: unknown) => Promise<unknown>) => ipcHandlers.set(channel, handler)),
      removeHandler: vi.fn((channel: string) => ipcHandlers.delete(channel)),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
    },
    shell: { openExternal: vi.fn(async () => undefined) },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    screen: { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]) },
    safeStorage: {
      isEncryptionAvailable: vi.fn(() => true),
      encryptString: vi.fn((text: string) => Buffer.from(text).reverse()),
      decryptString: vi.fn((data: Buffer) => Buffer.from(data).reverse().toString()),
      getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
    },
    webContents: { fromId: vi.fn((id: number) => windows.find((w) => w.webContents.id === id)?.webContents) },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
