export { applyFix, fixesFor, fixIdsFor } from './fixes';
export { FIX_LABELS, type Fix, type FixContext, type FixId, type FixLabelKey } from './types';
