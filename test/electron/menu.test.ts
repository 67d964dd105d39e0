import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { FakeElectron } from './fake-electron';

const electron: FakeElectron = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => electron);

const { buildMenuTemplate, installMenu } = await import('../../electron/main/menu');

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((menu) => [menu, ...items((menu.submenu ?? []) as MenuItemConstructorOptions[])]);
}

function byRole(template: MenuItemConstructorOptions[], role: string) {
  return items(template).find((item) => item.role === role);
}

describe('application menu', () => {
  it.each([true, false])('gives the edit commands their usual accelerators (mac: %s)', (isMac) => {
    const template = buildMenuTemplate({ appName: 'Journey Studio', isMac, isDev: false });
    const expected: Record<string, string> = {
      undo: 'CmdOrCtrl+Z',
      redo: isMac ? 'Shift+Command+Z' : 'Ctrl+Y',
      cut: 'CmdOrCtrl+X',
      copy: 'CmdOrCtrl+C',
      paste: 'CmdOrCtrl+V',
      selectAll: 'CmdOrCtrl+A',
      quit: isMac ? 'Command+Q' : 'Ctrl+Q',
      zoomIn: 'CmdOrCtrl+Plus',
      zoomOut: 'CmdOrCtrl+-',
      resetZoom: 'CmdOrCtrl+0',
      minimize: 'CmdOrCtrl+M',
      close: 'CmdOrCtrl+W',
    };
    for (const [role, accelerator] of Object.entries(expected)) expect(byRole(template, role)?.accelerator, role).toBe(accelerator);
    expect(template.map((menu) => menu.label)).toEqual(['Journey Studio', 'Edit', 'View', 'Window']);
  });

  it('offers reload and developer tools in development only', () => {
    const dev = buildMenuTemplate({ appName: 'a', isMac: false, isDev: true });
    const prod = buildMenuTemplate({ appName: 'a', isMac: false, isDev: false });
    expect(byRole(dev, 'toggleDevTools')?.accelerator).toBe('Ctrl+Shift+I');
    expect(byRole(dev, 'reload')?.accelerator).toBe('CmdOrCtrl+R');
    expect(byRole(prod, 'toggleDevTools')).toBeUndefined();
    expect(byRole(prod, 'reload')).toBeUndefined();
  });

  it('installs the menu as the application menu', () => {
    installMenu({ appName: 'a', isMac: false, isDev: false });
    expect(electron.Menu.buildFromTemplate).toHaveBeenCalledOnce();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(electron.Menu.buildFromTemplate.mock.results[0]!.value);
  });
});
