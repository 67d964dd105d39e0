import { describe, expect, it, vi } from 'vitest';
import { unusedRunHandlers } from '../support/unused-run-handlers';
import { HostErrorCode, hostCalls } from '../../core/api/host-api';
import type { HostHandlers } from '../../core/api/host-api';
import type { FakeElectron } from './fake-electron';

const electron: FakeElectron = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => electron);

const { isTrustedSender, registerHostIpc } = await import('../../electron/main/ipc');

const OUR_WINDOW = 7;
const trusted = new Set([OUR_WINDOW]);
const topFrame = (url: string) => ({ url, parent: null });

function event(senderId: number, frame: { url: string; parent: unknown } | null) {
  return { sender: { id: senderId }, senderFrame: frame };
}

const handlers: HostHandlers = {
  'app:info': vi.fn(async () => ({ name: 'n', version: '1', dataDir: '/d', host: 'electron' as const, secretStorage: 'encrypted' as const })),
  'secrets:set': vi.fn(async () => ({ storage: 'encrypted' as const })),
  'secrets:has': vi.fn(async () => true),
  'secrets:clear': vi.fn(async () => true),
  ...unusedRunHandlers,
};

describe('IPC sender checks', () => {
  it('trusts only the top frame of our window showing app://renderer', () => {
    expect(isTrustedSender(event(OUR_WINDOW, topFrame('app://renderer/index.html')) as never, trusted)).toBe(true);
    expect(isTrustedSender(event(OUR_WINDOW, topFrame('https://evil.example/')) as never, trusted)).toBe(false);
    expect(isTrustedSender(event(OUR_WINDOW, topFrame('file:///tmp/x.html')) as never, trusted)).toBe(false);
    expect(isTrustedSender(event(OUR_WINDOW, { url: 'app://renderer/x', parent: {} }) as never, trusted)).toBe(false);
    expect(isTrustedSender(event(99, topFrame('app://renderer/index.html')) as never, trusted)).toBe(false);
    expect(isTrustedSender(event(OUR_WINDOW, null) as never, trusted)).toBe(false);
  });
});

describe('registerHostIpc', () => {
  const unregister = registerHostIpc(handlers, trusted);

  it('registers one handler per HostApi call, and nothing generic', () => {
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(Object.keys(hostCalls).sort());
  });

  it('refuses a foreign frame before any handler runs', async () => {
    const handle = electron.ipcMain.handlers.get('secrets:set')!;
    const result = await handle(event(OUR_WINDOW, topFrame('https://evil.example/')), { key: 'c:token', value: 'v' });
    expect(result).toMatchObject({ ok: false, error: { code: HostErrorCode.forbidden } });
    expect(handlers['secrets:set']).not.toHaveBeenCalled();
  });

  it('dispatches a trusted call through the validating dispatcher', async () => {
    const has = electron.ipcMain.handlers.get('secrets:has')!;
    await expect(has(event(OUR_WINDOW, topFrame('app://renderer/index.html')), { key: 'c:token' })).resolves.toEqual({ ok: true, value: true });
    const bad = await has(event(OUR_WINDOW, topFrame('app://renderer/index.html')), { key: 'no colon' });
    expect(bad).toMatchObject({ ok: false, error: { code: HostErrorCode.invalidArgs } });
  });

  it('can be removed again', () => {
    unregister();
    expect(electron.ipcMain.handlers.size).toBe(0);
  });
});
