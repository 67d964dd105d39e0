import { BrowserWindow, screen } from 'electron';
import { placeWindow } from '../host/window-state/window-bounds';
import type { WindowStateStore } from '../host/window-state/window-state-store';
import { APP_ENTRY_URL, mainWindowOptions } from './security';

const SAVE_DELAY_MS = 500;

export type MainWindowDeps = {
  preload: string;
  stateStore: WindowStateStore;
  /** Web contents ids allowed to call the host; the window adds itself while it lives. */
  trustedContentsIds: Set<number>;
};

/**
 * Opens the main window where the user left it (clamped to the displays present now) and
 * remembers its place. Saving after each move or resize, not only on close, means a crash
 * or a forced quit still keeps the last position.
 */
export async function createMainWindow({ preload, stateStore, trustedContentsIds }: MainWindowDeps): Promise<BrowserWindow> {
  const placement = placeWindow(
    await stateStore.load(),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow(mainWindowOptions(preload, placement));
  const contentsId = window.webContents.id;
  trustedContentsIds.add(contentsId);
  if (placement.maximized) window.maximize();

  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    if (window.isDestroyed()) return;
    const { x, y, width, height } = window.getNormalBounds();
    const bounds = { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
    stateStore.save({ bounds, maximized: window.isMaximized() }).catch((error: unknown) => {
      console.error('could not remember the window position:', error);
    });
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', () => {
    clearTimeout(timer);
    save();
  });
  window.on('closed', () => trustedContentsIds.delete(contentsId));
  window.once('ready-to-show', () => window.show());

  await window.loadURL(APP_ENTRY_URL);
  return window;
}
