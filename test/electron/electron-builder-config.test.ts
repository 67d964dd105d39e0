import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type TargetList = { target: string[] };
type BuilderConfig = {
  appId: string;
  productName: string;
  executableName: string;
  files: string[];
  asar: boolean;
  electronFuses: Record<string, boolean>;
  linux: TargetList;
  win: TargetList;
  mac: TargetList;
};

const config = parse(await readFile(new URL('../../electron-builder.yml', import.meta.url), 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('names the product and its executable', () => {
    expect(config.productName).toBe('Journey Studio for WhatsApp');
    expect(config.appId).toMatch(/^[a-z0-9.-]+$/);
    expect(config.executableName).toBe('wajourney-studio');
  });

  it('builds AppImage and deb, nsis, and dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('packs the built app from out/ into an ASAR archive', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toContain('out/**/*');
    expect(config.files.filter((pattern) => !pattern.startsWith('!')).every((p) => p.startsWith('out/') || p === 'package.json')).toBe(true);
  });

  it('flips the fuses of the Electron security checklist', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('passes electron-builder\'s own schema validation', async () => {
    // Internal modules of electron-builder (no public validate API); a failure after an
    // upgrade means these paths moved, not necessarily that the file is wrong.
    const require = createRequire(import.meta.url);
    const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      getConfig(dir: string, path: string, options: null): Promise<object>;
      validateConfiguration(config: object, logger: object): Promise<void>;
    };
    const { DebugLogger } = require('builder-util/out/DebugLogger') as { DebugLogger: new (enabled: boolean) => object };
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const loaded = await getConfig(root, `${root}electron-builder.yml`, null);
    await expect(validateConfiguration(loaded, new DebugLogger(false))).resolves.toBeUndefined();
  });
});
