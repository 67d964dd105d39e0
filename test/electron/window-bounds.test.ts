import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, placeWindow } from '../../electron/host/window-state/window-bounds';
import { WINDOW_STATE_NAME, createWindowStateStore } from '../../electron/host/window-state/window-state-store';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();
const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('placeWindow', () => {
  it('opens at the default size the first time', () => {
    expect(placeWindow(undefined, [laptop])).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it('restores a window that is fully visible as it was', () => {
    const saved = { bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: true };
    expect(placeWindow(saved, [laptop])).toEqual({ x: 100, y: 50, width: 1200, height: 800, maximized: true });
  });

  it('pulls a window hanging off the edge back inside its display', () => {
    const saved = { bounds: { x: 1000, y: 600, width: 1200, height: 800 }, maximized: false };
    expect(placeWindow(saved, [laptop])).toEqual({ x: 240, y: 100, width: 1200, height: 800, maximized: false });
  });

  it('keeps a window on the display it overlapped most', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1600, height: 1000 }, maximized: false };
    expect(placeWindow(saved, [laptop, rightMonitor])).toMatchObject({ x: 2000, y: 100 });
  });

  it('drops the position when its monitor is gone, and shrinks to fit', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 2400, height: 1300 }, maximized: false };
    expect(placeWindow(saved, [laptop])).toEqual({ width: 1440, height: 900, maximized: false });
  });
});

describe('window state store', () => {
  it('remembers the last state in the data folder', async () => {
    const store = createWindowStateStore(await tempDir());
    await expect(store.load()).resolves.toBeUndefined();
    await store.save({ bounds: { x: 1, y: 2, width: 900, height: 600 }, maximized: true });
    await expect(store.load()).resolves.toEqual({ bounds: { x: 1, y: 2, width: 900, height: 600 }, maximized: true });
  });

  it('treats a corrupt file as nothing saved', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, WINDOW_STATE_NAME), '{not json');
    await expect(createWindowStateStore(dir).load()).resolves.toBeUndefined();
    await writeFile(join(dir, WINDOW_STATE_NAME), JSON.stringify({ state: { bounds: { x: 'a' } } }));
    await expect(createWindowStateStore(dir).load()).resolves.toBeUndefined();
  });
});
