/**
 * The standard fixes of findings: which exist for a finding, and the pure functions that apply
 * them. The findings panel shows a button per fix id; the editor applies the chosen one to its
 * journey through its undoable store.
 */
import type { Journey } from '../../../../core/journey';
import type { Finding } from '../../../../core/rules';
import { convertToTemplate, insertTemplateAndWait } from './session-fixes';
import { rebalanceSplit } from './split-fixes';
import { addEntry, addExit } from './structure-fixes';
import { FIX_LABELS, type Fix, type FixContext, type FixId } from './types';

/**
 * The fixes a finding offers, by rule: those that need a node (or a handle) require the
 * finding to name it. Depends on the finding only, so a list can show its buttons cheaply.
 */
export function fixIdsFor(finding: Finding): FixId[] {
  switch (finding.rule) {
    case 'session.outside-window':
      return finding.node === undefined ? [] : ['insert-template-and-wait', 'convert-to-template'];
    case 'structure.dangling-branch':
      return finding.node !== undefined && typeof finding.params?.handle === 'string' ? ['add-exit'] : [];
    case 'structure.entry-missing':
      return ['add-entry'];
    case 'split.percent-sum':
      return finding.node === undefined ? [] : ['rebalance-percent'];
    default:
      return [];
  }
}

function applier(id: FixId, finding: Finding, context: FixContext): (journey: Journey) => Journey {
  const node = finding.node ?? '';
  switch (id) {
    case 'insert-template-and-wait':
      return (j) => insertTemplateAndWait(j, node, context);
    case 'convert-to-template':
      return (j) => convertToTemplate(j, node, context);
    case 'add-exit':
      return (j) => addExit(j, node, String(finding.params?.handle ?? ''));
    case 'add-entry':
      return addEntry;
    case 'rebalance-percent':
      return (j) => rebalanceSplit(j, node);
  }
}

/**
 * The standard fixes of `finding` that change `journey` (a finding older than the journey may
 * name a node since removed), each with a label key and a pure `apply`. `context` gives the
 * template library and channels, so a template inserted by a fix is the first approved one the
 * journey's channel may send. `apply` reads the journey it is given, not this one.
 */
export function fixesFor(finding: Finding, journey: Journey, context: FixContext = {}): Fix[] {
  const fixes: Fix[] = [];
  for (const id of fixIdsFor(finding)) {
    const apply = applier(id, finding, context);
    // Every fix returns its input itself when it does not apply.
    if (apply(journey) !== journey) fixes.push({ id, label: FIX_LABELS[id], apply });
  }
  return fixes;
}

/** Applies the fix `id` of `finding` to `journey`; the journey itself when no such fix exists. */
export function applyFix(journey: Journey, finding: Finding, id: FixId, context: FixContext = {}): Journey {
  return fixIdsFor(finding).includes(id) ? applier(id, finding, context)(journey) : journey;
}
