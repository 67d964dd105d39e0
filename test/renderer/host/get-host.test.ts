import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeHost } from '../../support/fake-host';

type WindowWithHost = Window & { journeyHost?: unknown };

async function freshGetHost() {
  vi.resetModules();
  return (await import('../../../renderer/src/host/get-host')).getHost;
}

describe('getHost', () => {
  afterEach(() => {
    delete (window as WindowWithHost).journeyHost;
    vi.unstubAllGlobals();
    window.history.replaceState(null, '', '/');
  });

  it('uses the HostApi the Electron preload exposed', async () => {
    const exposed = createFakeHost();
    (window as WindowWithHost).journeyHost = exposed;
    expect((await freshGetHost())()).toBe(exposed);
  });

  it('otherwise speaks HTTP with the secret taken from the address', async () => {
    const fetchMock = vi.fn<typeof fetch>(async () => new Response(JSON.stringify({ ok: true, value: false })));
    vi.stubGlobal('fetch', fetchMock);
    window.history.replaceState(null, '', '/#k=from-hash');

    const host = (await freshGetHost())();
    expect(window.location.hash).toBe('');
    await host.secrets.has({ key: 'c:token' });
    expect(new Headers(fetchMock.mock.calls[0]?.[1]?.headers).get('x-wajourney-secret')).toBe('from-hash');
  });
});
