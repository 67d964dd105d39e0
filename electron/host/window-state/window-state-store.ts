import { join } from 'node:path';
import { PrivateJsonFile } from '../storage/private-json-file';
import { WindowState } from './window-bounds';

export const WINDOW_STATE_NAME = 'window-state.json';

export type WindowStateStore = {
  /** The last saved state, or undefined when none was saved or the file is unreadable. */
  load(): Promise<WindowState | undefined>;
  save(state: WindowState): Promise<void>;
};

/** Remembers the main window's size and position in the data folder between launches. */
export function createWindowStateStore(dataDir: string): WindowStateStore {
  // `null` stands for "nothing saved": the file holds one state, not a map.
  const file = new PrivateJsonFile<{ state: WindowState | null }>(
    join(dataDir, WINDOW_STATE_NAME),
    () => ({ state: null }),
    (raw) => {
      const parsed = WindowState.safeParse((raw as { state?: unknown } | null)?.state);
      return { state: parsed.success ? parsed.data : null };
    },
  );
  return {
    async load() {
      try {
        return (await file.read()).state ?? undefined;
      } catch {
        return undefined; // a corrupt file costs the user a window position, never the launch
      }
    },
    async save(state) {
      await file.update(() => ({ next: { state }, result: undefined }));
    },
  };
}
