import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';

export type MenuOptions = { appName: string; isMac: boolean; isDev: boolean };

/**
 * The usual menus with explicit accelerators, so shortcuts (copy, paste, undo…) work in the
 * canvas and inputs on every platform. Reload and developer tools exist only in development:
 * a user reloading mid-edit gains nothing, and devtools are an attack surface.
 */
export function buildMenuTemplate({ appName, isMac, isDev }: MenuOptions): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      ...(isMac
        ? ([
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide', accelerator: 'Command+H' },
            { role: 'hideOthers', accelerator: 'Command+Alt+H' },
            { role: 'unhide' },
            { type: 'separator' },
          ] satisfies MenuItemConstructorOptions[])
        : []),
      { role: 'quit', accelerator: isMac ? 'Command+Q' : 'Ctrl+Q' },
    ],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo', accelerator: 'CmdOrCtrl+Z' },
      { role: 'redo', accelerator: isMac ? 'Shift+Command+Z' : 'Ctrl+Y' },
      { type: 'separator' },
      { role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { role: 'paste', accelerator: 'CmdOrCtrl+V' },
      { role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(isDev
        ? ([
            { role: 'reload', accelerator: 'CmdOrCtrl+R' },
            { role: 'toggleDevTools', accelerator: isMac ? 'Alt+Command+I' : 'Ctrl+Shift+I' },
            { type: 'separator' },
          ] satisfies MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
      { role: 'zoomIn', accelerator: 'CmdOrCtrl+Plus' },
      { role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
      { type: 'separator' },
      { role: 'togglefullscreen', accelerator: isMac ? 'Ctrl+Command+F' : 'F11' },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: 'Window',
    submenu: [
      { role: 'minimize', accelerator: 'CmdOrCtrl+M' },
      ...(isMac ? ([{ role: 'zoom' }, { type: 'separator' }, { role: 'front' }] satisfies MenuItemConstructorOptions[]) : []),
      { role: 'close', accelerator: 'CmdOrCtrl+W' },
    ],
  };
  return [appMenu, editMenu, viewMenu, windowMenu];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
