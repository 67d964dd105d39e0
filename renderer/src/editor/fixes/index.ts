export { applyFix, availableFixIds, fixIdsFor } from './fixes';
export { FIX_LABELS, type FixContext, type FixId, type FixLabelKey } from './types';
