import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runBuild } from '../build/run-build';
import type { GatewaySandboxOptions } from '../gateway';
import { rendererOutDir, resolveWebDataDir } from '../paths';
import { startWebHost } from './web-host';
import type { WebHost } from './web-host';

export type ServeWebOptions = { port: number; data?: string; webhookPort?: number; sandbox?: GatewaySandboxOptions };

/**
 * Starts the web host over the built renderer, building it when it was never built, so
 * `npm run web` and the `npm start` fallback work from a fresh clone. It listens first: a
 * port already in use is reported at once, not after a build.
 */
export async function serveWeb({ port, data, webhookPort, sandbox }: ServeWebOptions): Promise<WebHost> {
  const host = await startWebHost({
    port,
    rendererDir: rendererOutDir,
    dataDir: resolveWebDataDir(data, process.env, process.cwd()),
    ...(webhookPort !== undefined ? { webhookPort } : {}),
    ...(sandbox ? { sandbox } : {}),
  });
  if (!existsSync(join(rendererOutDir, 'index.html'))) {
    try {
      await runBuild();
    } catch (error) {
      await host.close();
      throw error;
    }
  }
  return host;
}

/** The start message: where to go, and that the link carries the key. */
export function announce(host: WebHost): void {
  console.log(`Journey Studio is running at ${host.url}`);
  console.log("Open that link (it carries this launch's access key); press Ctrl+C to stop.");
  if (host.gateway) {
    console.log(`Webhook receiver: http://127.0.0.1:${host.gateway.webhookPort}/webhooks/<channel id> (the built-in sandbox at ${host.gateway.sandbox?.baseUrl ?? 'none'})`);
  }
}

/** Stops cleanly on Ctrl+C so the port is released at once. */
export function closeOnSignals(host: WebHost): void {
  const stop = () => {
    void host.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
