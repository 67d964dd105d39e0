import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { needsBuild } from '../../electron/host/build/build-freshness';
import { electronPackageDir, findElectronRuntime } from '../../electron/host/start/electron-runtime';
import { LAUNCH_GRACE_MS, launchFailed, planStart } from '../../electron/host/start/start-decision';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

async function fakeElectronPackage(options: { pathTxt?: string; binary?: boolean }): Promise<string> {
  const dir = await tempDir();
  if (options.pathTxt !== undefined) await writeFile(join(dir, 'path.txt'), options.pathTxt);
  if (options.binary) {
    await mkdir(join(dir, 'dist'), { recursive: true });
    await writeFile(join(dir, 'dist', options.pathTxt ?? 'electron'), '#!/bin/sh\n', { mode: 0o755 });
  }
  return dir;
}

describe('Electron runtime detection', () => {
  it('finds no runtime when the package was never downloaded (no path.txt)', async () => {
    const runtime = findElectronRuntime(await fakeElectronPackage({}), {});
    expect(runtime).toMatchObject({ available: false, reason: expect.stringMatching(/never downloaded/) });
  });

  it('finds no runtime when path.txt names a binary missing from dist/', async () => {
    const runtime = findElectronRuntime(await fakeElectronPackage({ pathTxt: 'electron' }), {});
    expect(runtime).toMatchObject({ available: false, reason: expect.stringMatching(/missing/) });
  });

  it('finds the binary path.txt names inside dist/', async () => {
    const dir = await fakeElectronPackage({ pathTxt: 'electron', binary: true });
    expect(findElectronRuntime(dir, {})).toEqual({ available: true, executable: join(dir, 'dist', 'electron') });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as the electron package does', async () => {
    const override = await fakeElectronPackage({ pathTxt: 'electron', binary: true });
    const dir = await fakeElectronPackage({});
    const runtime = findElectronRuntime(dir, { ELECTRON_OVERRIDE_DIST_PATH: join(override, 'dist') });
    expect(runtime).toEqual({ available: true, executable: join(override, 'dist', 'electron') });
  });

  it('reports a missing electron package', () => {
    expect(findElectronRuntime(undefined)).toMatchObject({ available: false });
  });

  it('locates the installed electron package without requiring it (which would download)', () => {
    expect(electronPackageDir()).toMatch(/node_modules[\\/]electron$/);
  });
});

describe('what npm start does', () => {
  it('launches Electron when the runtime is there', () => {
    expect(planStart({ available: true, executable: '/e' }, false)).toEqual({ mode: 'electron', executable: '/e' });
  });

  it('serves the web host, saying why in one line, when the runtime is missing', () => {
    const plan = planStart({ available: false, reason: 'the Electron runtime was never downloaded' }, false);
    expect(plan.mode).toBe('web');
    if (plan.mode === 'web') {
      expect(plan.notice).toBe('Electron cannot start here: the Electron runtime was never downloaded; serving the web host instead.');
      expect(plan.notice).not.toContain('\n');
    }
  });

  it('serves the web host when asked with --web', () => {
    expect(planStart({ available: true, executable: '/e' }, true).mode).toBe('web');
  });

  it('falls back when Electron cannot be executed or dies at once', () => {
    expect(launchFailed({ kind: 'spawn-error', message: 'EACCES' })).toBe(true);
    expect(launchFailed({ kind: 'exit', code: 1, signal: null, afterMs: 300 })).toBe(true);
    expect(launchFailed({ kind: 'exit', code: null, signal: 'SIGSEGV', afterMs: 300 })).toBe(true);
  });

  it('does not fall back when the user quits the app', () => {
    expect(launchFailed({ kind: 'exit', code: 0, signal: null, afterMs: 200 })).toBe(false);
    expect(launchFailed({ kind: 'exit', code: 1, signal: null, afterMs: LAUNCH_GRACE_MS + 1 })).toBe(false);
  });
});

describe('build freshness', () => {
  it('builds when an output is missing or older than a source', () => {
    expect(needsBuild([undefined, 10], 5)).toBe(true);
    expect(needsBuild([10, 4], 5)).toBe(true);
    expect(needsBuild([10, 6], 5)).toBe(false);
  });
});
