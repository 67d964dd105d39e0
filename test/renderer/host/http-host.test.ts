import { describe, expect, it, vi } from 'vitest';
import { HostErrorCode } from '../../../core/api/host-api';
import { clientErrorCode, createHttpHost } from '../../../renderer/src/host/http-host';
import { fakeAppInfo } from '../../support/fake-host';

function answering(body: unknown, status = 200) {
  return vi.fn<typeof fetch>(async () =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    }),
  );
}

function sent(fetchMock: ReturnType<typeof answering>) {
  const [url, init] = fetchMock.mock.calls[0] ?? [];
  return { url, init, headers: new Headers(init?.headers) };
}

describe('createHttpHost: calls', () => {
  it('POSTs each call to /api/<name> with the secret header and the arguments as JSON', async () => {
    const fetchMock = answering({ ok: true, value: true });
    const host = createHttpHost({ secret: 's3cr3t', fetch: fetchMock });

    const result = await host.secrets.has({ key: 'sandbox:token' });

    expect(result).toEqual({ ok: true, value: true });
    const { url, init, headers } = sent(fetchMock);
    expect(url).toBe('/api/secrets%3Ahas');
    expect(init?.method).toBe('POST');
    expect(headers.get('x-wajourney-secret')).toBe('s3cr3t');
    expect(headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(String(init?.body))).toEqual({ key: 'sandbox:token' });
  });

  it('returns the host value for app.info', async () => {
    const host = createHttpHost({ secret: 's', fetch: answering({ ok: true, value: fakeAppInfo }) });
    expect(await host.app.info({})).toEqual({ ok: true, value: fakeAppInfo });
  });

  it('hands a host error back as data, whatever the HTTP status', async () => {
    const error = { code: HostErrorCode.forbidden, message: 'bad secret' };
    const host = createHttpHost({ secret: 'wrong', fetch: answering({ ok: false, error }, 403) });
    expect(await host.app.info({})).toEqual({ ok: false, error });
  });

  it('reports a network failure as data instead of throwing', async () => {
    const fetchMock = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    const result = await createHttpHost({ secret: 's', fetch: fetchMock }).app.info({});
    expect(result).toMatchObject({ ok: false, error: { code: clientErrorCode.unreachable } });
    expect(!result.ok && result.error.message).toContain('Failed to fetch');
  });

  it('reports an answer that is not JSON', async () => {
    const result = await createHttpHost({ secret: 's', fetch: answering('<html>502</html>', 502) }).app.info({});
    expect(result).toMatchObject({ ok: false, error: { code: clientErrorCode.badResponse } });
  });

  it("rejects a value that does not match the call's result schema", async () => {
    const fetchMock = answering({ ok: true, value: { ...fakeAppInfo, host: 'toaster' } });
    const result = await createHttpHost({ secret: 's', fetch: fetchMock }).app.info({});
    expect(result).toMatchObject({ ok: false, error: { code: clientErrorCode.badResponse } });
  });

  it('answers forbidden without calling when the page had no secret', async () => {
    const fetchMock = answering({ ok: true, value: fakeAppInfo });
    const result = await createHttpHost({ secret: null, fetch: fetchMock }).app.info({});
    expect(result).toMatchObject({ ok: false, error: { code: HostErrorCode.forbidden } });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('prefixes a base URL when given one', async () => {
    const fetchMock = answering({ ok: true, value: false });
    await createHttpHost({ secret: 's', baseUrl: 'http://127.0.0.1:4000', fetch: fetchMock }).secrets.clear({
      key: 'a:token',
    });
    expect(sent(fetchMock).url).toBe('http://127.0.0.1:4000/api/secrets%3Aclear');
  });
});
