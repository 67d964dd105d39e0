import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SESSION_LIMIT_CODES, TEMPLATE_LIMIT_CODES } from '../../../core/whatsapp/limits';

/** The codes a checker's source passes to limitIssue (literal first arguments or table entries). */
function codesIn(...files: string[]): string[] {
  const found = new Set<string>();
  for (const file of files) {
    const source = readFileSync(new URL(`../../../core/whatsapp/${file}`, import.meta.url), 'utf8');
    for (const m of source.matchAll(/limitIssue\('([a-z-]+)'|code: '([a-z-]+)'|checkLength\(issues, '([a-z-]+)'/g)) {
      found.add((m[1] ?? m[2] ?? m[3]) as string);
    }
  }
  return [...found].sort();
}

describe('limit issue code lists', () => {
  it('list exactly the codes the template checker emits', () => {
    expect(codesIn('limits.ts', 'button-limits.ts')).toEqual([...TEMPLATE_LIMIT_CODES].sort());
  });

  it('list exactly the codes the session checker emits', () => {
    expect(codesIn('session-limits.ts')).toEqual([...SESSION_LIMIT_CODES].sort());
  });
});
