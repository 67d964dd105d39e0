/**
 * A branch id not used yet (`branch-3`). Ids name the split's output handles, which edges
 * refer to, so the inspector makes them once and never lets a label edit change them.
 */
export function newBranchId(branches: readonly { id: string }[]): string {
  let n = branches.length + 1;
  while (branches.some((b) => b.id === `branch-${n}`)) n++;
  return `branch-${n}`;
}
