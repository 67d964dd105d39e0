/**
 * The standard fixes of findings: which exist for a finding, and the pure functions that apply
 * them. The findings panel shows a button per fix id; the editor applies the chosen one to its
 * journey through its undoable store.
 */
import type { Journey } from '../../../../core/journey';
import type { Finding } from '../../../../core/rules';
import { convertToTemplate, freeFormStep, insertTemplateAndWait } from './session-fixes';
import { randomSplit, rebalanceSplit } from './split-fixes';
import { addEntry, addExit, isOpenHandle, lacksEntry } from './structure-fixes';
import type { FixContext, FixId } from './types';

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
 * Whether fix `id` of `finding` would change `journey` (a finding older than the journey may
 * name a node since removed): the same test each fix makes before it changes anything, without
 * a trial run, so a panel of many findings can ask on every keystroke.
 */
function fixApplies(id: FixId, finding: Finding, journey: Journey): boolean {
  const node = finding.node ?? '';
  switch (id) {
    case 'insert-template-and-wait':
    case 'convert-to-template':
      return freeFormStep(journey, node) !== undefined;
    case 'add-exit':
      return isOpenHandle(journey, node, String(finding.params?.handle ?? ''));
    case 'add-entry':
      return lacksEntry(journey);
    case 'rebalance-percent':
      return randomSplit(journey, node) !== undefined;
  }
}

/** The standard fixes of `finding` that would change `journey`. */
export function availableFixIds(finding: Finding, journey: Journey): FixId[] {
  return fixIdsFor(finding).filter((id) => fixApplies(id, finding, journey));
}

/** Applies the fix `id` of `finding` to `journey`; the journey itself when no such fix exists. */
export function applyFix(journey: Journey, finding: Finding, id: FixId, context: FixContext = {}): Journey {
  return fixIdsFor(finding).includes(id) ? applier(id, finding, context)(journey) : journey;
}
