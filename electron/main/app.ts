import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, app, safeStorage, session } from 'electron';
import { startHostServices } from '../host/api/host-services';
import { HostEventHub } from '../host/events/host-event-hub';
import { webhookPortFrom } from '../host/gateway';
import { createSafeStorageSecretStore } from '../host/secrets/safe-storage-secret-store';
import { createWindowStateStore } from '../host/window-state/window-state-store';
import { installAppProtocol, registerAppScheme } from './app-protocol';
import { closeOnQuit } from './close-on-quit';
import { forwardHostEvents } from './events';
import { hardenSession, hardenWebContents } from './hardening';
import { registerHostIpc } from './ipc';
import { installMenu } from './menu';
import { createMainWindow } from './window';

/** Host services publish progress here; main forwards it to the window. */
export const hostEvents = new HostEventHub();

/** Built layout: out/main/index.js beside out/preload and out/renderer. */
function builtPaths() {
  const here = dirname(fileURLToPath(import.meta.url));
  return { preload: join(here, '..', 'preload', 'index.cjs'), rendererDir: join(here, '..', 'renderer') };
}

/**
 * The desktop app's lifecycle: one instance only (a second launch focuses the first),
 * everything hardened before any page loads, then the host wired to IPC. Answers false when
 * this process is a second instance and is quitting.
 */
export function startDesktopApp(): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.enableSandbox();
  registerAppScheme();

  const { preload, rendererDir } = builtPaths();
  const trustedContentsIds = new Set<number>();
  let mainWindow: BrowserWindow | undefined;

  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // Every web contents, including any created later, gets the navigation and popup rules.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app
    .whenReady()
    .then(async () => {
      hardenSession(session.defaultSession);
      installAppProtocol(rendererDir);
      const dataDir = app.getPath('userData');
      const secrets = createSafeStorageSecretStore(safeStorage, dataDir);
      // The sandbox and the webhook receiver live as long as the app (host-services.ts).
      const services = await startHostServices({ host: 'electron', dataDir, secrets, events: hostEvents, webhookPort: webhookPortFrom(undefined, process.env) });
      closeOnQuit(app, services.close);
      registerHostIpc(services.handlers, trustedContentsIds);
      forwardHostEvents(hostEvents, trustedContentsIds);
      installMenu({ appName: app.name, isMac: process.platform === 'darwin', isDev: !app.isPackaged });

      const stateStore = createWindowStateStore(dataDir);
      const open = async () => {
        mainWindow = await createMainWindow({ preload, stateStore, trustedContentsIds });
      };
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) void open();
      });
      await open();
    })
    .catch((error: unknown) => {
      console.error('Journey Studio could not start:', error);
      app.exit(1);
    });
  return true;
}
