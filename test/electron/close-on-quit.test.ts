import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { closeOnQuit } from '../../electron/main/close-on-quit';
import { fire } from './fake-electron';

function fakeApp() {
  return Object.assign(new EventEmitter(), { quit: vi.fn() });
}

describe('closeOnQuit', () => {
  it('holds the quit until the services are closed, once, then lets it through', async () => {
    const app = fakeApp();
    let finish: () => void = () => undefined;
    const close = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    closeOnQuit(app as never, close);
    expect(fire(app, 'will-quit')).toBe(true);
    expect(fire(app, 'will-quit')).toBe(true);
    expect(close).toHaveBeenCalledOnce();
    expect(app.quit).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
    expect(fire(app, 'will-quit')).toBe(false);
  });

  it('still quits when closing fails', async () => {
    const app = fakeApp();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    closeOnQuit(app as never, () => Promise.reject(new Error('disk gone')));
    fire(app, 'will-quit');
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/could not close/), expect.any(Error));
    error.mockRestore();
  });
});
