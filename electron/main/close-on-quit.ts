import type { App } from 'electron';

/**
 * Holds the quit until the host services are closed (runs' journals flushed, the sandbox and
 * the webhook receiver's ports freed), then quits for real. A second quit while closing waits
 * for the same close.
 */
export function closeOnQuit(app: Pick<App, 'on' | 'quit'>, close: () => Promise<void>): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('will-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    void close()
      .catch((error: unknown) => console.error('Journey Studio could not close its host services:', error))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}
