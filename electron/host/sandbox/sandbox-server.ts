/**
 * startSandbox: a Meta-compatible Cloud API server on 127.0.0.1 (same endpoints, payloads,
 * error codes and signed webhooks), with simulated users driven by the core world model.
 * It is the default channel of a new workspace and the target of `wajourney sandbox`.
 */
import { createServer, type ServerResponse } from 'node:http';
import { closeServer, listenOnLoopback } from '../net/loopback-server';
import { SandboxCore } from './sandbox-core';
import { route } from './sandbox-routes';
import type { Sandbox, SandboxOptions } from './sandbox-types';

export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const core = new SandboxCore(options);
  const held = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    route(core, req, res, held).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  const port = await listenOnLoopback(server, options.port);
  let closing: Promise<void> | undefined;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    phoneNumberId: core.business.phoneNumberId,
    wabaId: core.business.wabaId,
    messages: () => core.records.map((m) => ({ ...m })),
    injectFaults: (faults) => core.faults.inject(faults),
    clearFaults: () => core.faults.clear(),
    setWebhookUrl: (url) => core.outbox.setUrl(url),
    seedTemplates: (templates) => core.templates.seed(templates),
    inbound: (from, text, extra) => core.inbound(core.book.get(from.replace(/\D/g, '')), { kind: 'text', text }, undefined, extra?.fromAd === true),
    refusals: () => Object.fromEntries(core.refused),
    idle: () => core.outbox.idle(),
    close() {
      closing ??= (async () => {
        await core.close();
        for (const res of held) res.socket?.destroy();
        held.clear();
        await closeServer(server);
      })();
      return closing;
    },
  };
}
