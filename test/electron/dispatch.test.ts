import { describe, expect, it, vi } from 'vitest';
import { HostErrorCode } from '../../core/api/host-api';
import type { HostHandlers } from '../../core/api/host-api';
import { handleHostCall } from '../../electron/host/api/dispatch';
import { HostFailure } from '../../electron/host/api/host-failure';
import { unusedRunHandlers } from '../support/unused-run-handlers';

function handlers(overrides: Partial<HostHandlers> = {}): HostHandlers {
  return {
    'app:info': async () => ({ name: 'n', version: '1', dataDir: '/d', host: 'web', secretStorage: 'user-file' }),
    'secrets:set': async () => ({ storage: 'user-file' }),
    'secrets:has': async () => true,
    'secrets:clear': async () => false,
    ...unusedRunHandlers,
    ...overrides,
  };
}

describe('handleHostCall', () => {
  it('answers a valid call with its value', async () => {
    await expect(handleHostCall('secrets:has', { key: 'ch:token' }, handlers())).resolves.toEqual({ ok: true, value: true });
  });

  it('treats missing arguments as an empty object', async () => {
    const result = await handleHostCall('app:info', undefined, handlers());
    expect(result.ok).toBe(true);
  });

  it('refuses an unknown call, including names from Object.prototype', async () => {
    for (const name of ['files:delete', 'constructor', '__proto__', 'toString']) {
      const result = await handleHostCall(name, {}, handlers());
      expect(result).toMatchObject({ ok: false, error: { code: HostErrorCode.unknownCall } });
    }
  });

  it('names the field path of invalid arguments, and never calls the handler', async () => {
    const set = vi.fn();
    const result = await handleHostCall('secrets:set', { key: 'bad key', value: '' }, handlers({ 'secrets:set': set }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(HostErrorCode.invalidArgs);
    expect(result.error.message).toMatch(/^key: /);
    expect(result.error.message).toMatch(/value: /);
    expect(set).not.toHaveBeenCalled();
  });

  it('refuses extra properties (schemas are strict)', async () => {
    const result = await handleHostCall('secrets:has', { key: 'ch:token', value: 'leak' }, handlers());
    expect(result).toMatchObject({ ok: false, error: { code: HostErrorCode.invalidArgs } });
  });

  it('passes a HostFailure through as data with its own code', async () => {
    const failing = handlers({
      'secrets:set': async () => {
        throw new HostFailure(HostErrorCode.plaintextNeedsConsent, 'ask first');
      },
    });
    await expect(handleHostCall('secrets:set', { key: 'c:token', value: 'v' }, failing)).resolves.toEqual({
      ok: false,
      error: { code: HostErrorCode.plaintextNeedsConsent, message: 'ask first' },
    });
  });

  it('hides the details of an unexpected error behind "internal"', async () => {
    const sink = vi.fn();
    const failing = handlers({
      'secrets:has': async () => {
        throw new Error('EACCES: /home/user/.config/secret path');
      },
    });
    const result = await handleHostCall('secrets:has', { key: 'c:token' }, failing, sink);
    expect(result).toMatchObject({ ok: false, error: { code: HostErrorCode.internal } });
    expect(JSON.stringify(result)).not.toContain('/home/user');
    expect(sink).toHaveBeenCalledOnce();
  });
});
