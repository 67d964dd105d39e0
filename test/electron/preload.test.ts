import { describe, expect, it, vi } from 'vitest';
import type { HostApi } from '../../core/api/host-api';

const bridge = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    exposed: {} as Record<string, unknown>,
    listeners,
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, args: unknown) => ({ ok: true, value: { channel, args } })),
      on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)!.add(listener);
      }),
      removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => listeners.get(channel)?.delete(listener)),
    },
  };
});
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (bridge.exposed[key] = api) },
  ipcRenderer: bridge.ipcRenderer,
}));

await import('../../electron/preload/index');
const api = bridge.exposed.journeyHost as HostApi;

describe('preload bridge', () => {
  it('exposes exactly one object, journeyHost', () => {
    expect(Object.keys(bridge.exposed)).toEqual(['journeyHost']);
    expect(Object.keys(api).sort()).toEqual(['app', 'channels', 'on', 'runs', 'secrets', 'templates']);
  });

  it('maps each named method to its own IPC channel', async () => {
    await expect(api.app.info({})).resolves.toEqual({ ok: true, value: { channel: 'app:info', args: {} } });
    await api.secrets.set({ key: 'c:token', value: 'v' });
    await api.secrets.has({ key: 'c:token' });
    await api.secrets.clear({ key: 'c:token' });
    await api.runs.get({ runId: 'r' });
    await api.runs.resolveUncertain({ runId: 'r', key: 'k', decision: 'sent' });
    expect(bridge.ipcRenderer.invoke.mock.calls.map(([channel]) => channel)).toEqual(['app:info', 'secrets:set', 'secrets:has', 'secrets:clear', 'runs:get', 'runs:resolveUncertain']);
  });

  it('hands listeners the payload only and returns an unsubscribe function', () => {
    const listener = vi.fn();
    const unsubscribe = api.on('progress', listener);
    const [forward] = [...bridge.listeners.get('host-event:progress')!];
    const ipcEvent = { sender: { send: vi.fn() }, ports: [] };
    forward!(ipcEvent, { task: 't', done: 1, total: 3 });
    expect(listener).toHaveBeenCalledWith({ task: 't', done: 1, total: 3 });
    expect(listener.mock.calls[0]).toHaveLength(1);
    unsubscribe();
    expect(bridge.listeners.get('host-event:progress')!.size).toBe(0);
  });

  it('refuses to subscribe to an event the contract does not define', () => {
    expect(() => api.on('anything' as 'progress', () => undefined)).toThrow(/unknown host event/);
  });
});
