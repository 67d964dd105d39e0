/** Fix for `split.percent-sum`: random split shares that do not add up to 100. */
import type { Journey } from '../../../../core/journey';
import { replaceStep } from '../store/graph-edits';
import { findNode } from './placement';

/**
 * Whole percentages adding up to exactly 100, keeping the branches' proportions where they
 * can be kept (largest remainders get the leftover points); even shares when the weights say
 * nothing (all zero, or a negative share, which has no proportion to keep).
 */
export function rebalancePercents(percents: readonly number[]): number[] {
  const n = percents.length;
  if (n === 0) return [];
  const usable = percents.every((p) => Number.isFinite(p) && p >= 0) && percents.some((p) => p > 0);
  const weights = usable ? percents : percents.map(() => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / total) * 100);
  const shares = exact.map(Math.floor);
  let left = 100 - shares.reduce((a, b) => a + b, 0);
  // Largest remainder first; the earlier branch wins a tie, so the result is deterministic.
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    shares[i]! += 1;
    left--;
  }
  return shares;
}

/** The random split `nodeId`, the step rebalanceSplit changes; undefined for any other. */
export function randomSplit(journey: Journey, nodeId: string) {
  const node = findNode(journey, nodeId);
  return node?.type === 'split_random' ? node : undefined;
}

/** The split_random `nodeId` with its shares rebalanced to 100. Unchanged for any other node. */
export function rebalanceSplit(journey: Journey, nodeId: string): Journey {
  const node = randomSplit(journey, nodeId);
  if (!node) return journey;
  const branches = node.data.branches ?? [];
  const shares = rebalancePercents(branches.map((b) => b.percent));
  return replaceStep(journey, { ...node, data: { ...node.data, branches: branches.map((b, i) => ({ ...b, percent: shares[i]! })) } });
}
