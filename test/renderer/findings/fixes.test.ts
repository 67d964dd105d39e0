import { describe, expect, it } from 'vitest';
import { Journey } from '../../../core/journey';
import type { Finding, RuleId } from '../../../core/rules';
import { applyFix, availableFixIds, fixIdsFor } from '../../../renderer/src/editor/fixes';
import { rebalancePercents } from '../../../renderer/src/editor/fixes/split-fixes';
import { badFixture, findingsOf } from './fixture-journeys';

function firstFinding(rule: RuleId): { file: ReturnType<typeof badFixture>; finding: Finding } {
  const file = badFixture(rule);
  const finding = findingsOf(file).find((f) => f.rule === rule);
  if (!finding) throw new Error(`no ${rule} finding in its bad fixture`);
  return { file, finding };
}

const rulesOf = (findings: Finding[]) => findings.map((f) => f.rule);

describe('fixes', () => {
  it('inserts an approved template and a wait_for_reply before a message outside the window', () => {
    const { file, finding } = firstFinding('session.outside-window');
    const context = { templates: file.templates ?? [], channels: file.channels ?? [] };
    const before = structuredClone(file.journey);
    const fixed = applyFix(file.journey, finding, 'insert-template-and-wait', context);

    expect(file.journey).toEqual(before); // pure: the input is untouched
    expect(Journey.safeParse(fixed).success).toBe(true);
    const template = fixed.nodes.find((n) => n.type === 'whatsapp_template');
    expect(template?.data).toEqual({ template: 'welcome', language: 'fr', parameters: {} });
    const wait = fixed.nodes.find((n) => n.type === 'wait_for_reply')!;
    expect(fixed.edges).toContainEqual(expect.objectContaining({ source: wait.id, sourceHandle: 'replied', target: 'follow-up' }));
    expect(fixed.edges).toContainEqual(expect.objectContaining({ source: 'wait-2-days', target: template!.id }));
    const after = rulesOf(findingsOf(file, fixed));
    expect(after).not.toContain('session.outside-window');
    expect(after).not.toContain('structure.dangling-branch');
  });

  it('leaves the template for the user to pick when the channel has no approved template', () => {
    const { file, finding } = firstFinding('session.outside-window');
    const fixed = applyFix(file.journey, finding, 'insert-template-and-wait', { templates: [], channels: file.channels ?? [] });
    expect(fixed.nodes.find((n) => n.type === 'whatsapp_template')?.data).toEqual({});
    expect(rulesOf(findingsOf(file, fixed))).toContain('structure.config-missing');
  });

  it('skips approved templates of another business unit', () => {
    const { file, finding } = firstFinding('session.outside-window');
    const other = { ...file.templates![0]!, name: 'other_unit', businessUnit: 'bu-other' };
    const fixed = applyFix(file.journey, finding, 'convert-to-template', { templates: [other, ...file.templates!], channels: file.channels ?? [] });
    expect(fixed.nodes.find((n) => n.id === 'follow-up')).toMatchObject({ type: 'whatsapp_template', data: { template: 'welcome' } });
  });

  it('turns the free-form message into a template step with the same id and connections', () => {
    const { file, finding } = firstFinding('session.outside-window');
    const fixed = applyFix(file.journey, finding, 'convert-to-template', { templates: file.templates ?? [], channels: file.channels ?? [] });
    expect(fixed.edges).toEqual(file.journey.edges);
    // The window is no longer an issue; the template's {{1}} is the user's to fill in.
    expect(rulesOf(findingsOf(file, fixed))).toEqual(['template.parameter-missing']);
  });

  it('closes a dangling branch with an exit', () => {
    const { file, finding } = firstFinding('structure.dangling-branch');
    const fixed = applyFix(file.journey, finding, 'add-exit');
    const added = fixed.edges.find((e) => e.source === finding.node && e.sourceHandle === finding.params?.handle);
    expect(fixed.nodes.find((n) => n.id === added?.target)?.type).toBe('exit');
    expect(rulesOf(findingsOf(file, fixed))).not.toContain('structure.dangling-branch');
    // A second application finds nothing left to do.
    expect(availableFixIds(finding, fixed)).toEqual([]);
  });

  it('adds an entry connected to where the journey starts', () => {
    const { file, finding } = firstFinding('structure.entry-missing');
    const fixed = applyFix(file.journey, finding, 'add-entry');
    expect(fixed.nodes.filter((n) => n.type === 'entry')).toHaveLength(1);
    const after = rulesOf(findingsOf(file, fixed));
    expect(after).not.toContain('structure.entry-missing');
    expect(after).not.toContain('structure.unreachable');
  });

  it('rebalances random split shares to 100', () => {
    const { file, finding } = firstFinding('split.percent-sum');
    const fixed = applyFix(file.journey, finding, 'rebalance-percent');
    const split = fixed.nodes.find((n) => n.id === finding.node);
    expect(split?.type === 'split_random' && split.data.branches?.map((b) => b.percent)).toEqual([67, 33]);
    expect(rulesOf(findingsOf(file, fixed))).toEqual([]);
  });

  it.each([
    [[60, 30], [67, 33]],
    [[0, 0, 0], [34, 33, 33]],
    [[-10, 50], [50, 50]],
    [[33.3, 33.3, 33.3], [34, 33, 33]],
    [[1, 1, 1, 1, 1, 1, 1], [15, 15, 14, 14, 14, 14, 14]],
    [[], []],
  ])('rebalances %j to %j', (input, expected) => {
    const shares = rebalancePercents(input);
    expect(shares).toEqual(expected);
    if (input.length > 0) expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('offers fixes only for rules that have one, and only when they change the journey', () => {
    const { file, finding } = firstFinding('session.outside-window');
    expect(fixIdsFor(finding)).toEqual(['insert-template-and-wait', 'convert-to-template']);
    expect(fixIdsFor({ rule: 'structure.cycle', severity: 'error', message: '' })).toEqual([]);
    expect(fixIdsFor({ rule: 'structure.dangling-branch', severity: 'error', message: '', node: 'x' })).toEqual([]);
    const stale = { ...finding, node: 'removed-node' };
    expect(availableFixIds(stale, file.journey)).toEqual([]);
    expect(applyFix(file.journey, stale, 'convert-to-template')).toBe(file.journey);
    expect(availableFixIds(finding, file.journey)).toEqual(['insert-template-and-wait', 'convert-to-template']);
  });

  it('offers a fix exactly when applying it would change the journey, before and after each fix', () => {
    const rules: RuleId[] = ['session.outside-window', 'structure.dangling-branch', 'structure.entry-missing', 'split.percent-sum'];
    let checked = 0;
    for (const rule of rules) {
      const file = badFixture(rule);
      const findings = findingsOf(file);
      // Each fix applied gives a journey where the other findings' offers must still tell the truth.
      const journeys = [file.journey, ...findings.flatMap((f) => fixIdsFor(f).map((id) => applyFix(file.journey, f, id)))];
      for (const journey of journeys)
        for (const finding of [...findings, { ...findings[0]!, node: 'removed-node' }])
          for (const id of fixIdsFor(finding)) {
            expect(availableFixIds(finding, journey).includes(id), `${rule} ${id} on ${finding.node}`).toBe(applyFix(journey, finding, id) !== journey);
            checked++;
          }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
