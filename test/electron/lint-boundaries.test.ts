import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** Lints source text as if it lived at `path`, answering the rules it broke. */
async function brokenRules(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return (result?.messages ?? []).filter((message) => message.severity === 2).map((message) => message.ruleId ?? 'parse-error');
}

describe('package boundaries are lint errors', () => {
  it.each([
    ["import fs from 'node:fs';\nexport const f = fs;\n", 'no-restricted-imports'],
    ["import { readFileSync } from 'fs';\nexport const f = readFileSync;\n", 'no-restricted-imports'],
    ["import { app } from 'electron';\nexport const a = app;\n", 'no-restricted-imports'],
    ["import { useState } from 'react';\nexport const s = useState;\n", 'no-restricted-imports'],
    ['export const now = () => Date.now();\n', 'no-restricted-properties'],
    ['export const roll = () => Math.random();\n', 'no-restricted-properties'],
    ['export const today = () => new Date();\n', 'no-restricted-syntax'],
    ['export const wait = () => setTimeout(() => undefined, 1);\n', 'no-restricted-globals'],
  ])('core/ refuses %j', async (code, rule) => {
    expect(await brokenRules('core/x.ts', code)).toContain(rule);
  });

  it('lets a clean, pure core file through', async () => {
    const code = "import { z } from 'zod';\n\nexport const Id = z.string();\nexport const add = (a: number, b: number): number => a + b;\n";
    expect(await brokenRules('core/x.ts', code)).toEqual([]);
  });

  it('keeps Electron out of the renderer', async () => {
    expect(await brokenRules('renderer/src/x.ts', "import 'electron';\n")).toContain('no-restricted-imports');
    expect(await brokenRules('renderer/src/x.ts', "import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n")).toContain('no-restricted-imports');
  });

  it('keeps electron/host plain Node', async () => {
    expect(await brokenRules('electron/host/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toContain('no-restricted-imports');
    expect(await brokenRules('electron/host/x.ts', "import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n")).toEqual([]);
  });
});
