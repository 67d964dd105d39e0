/**
 * What a step shows besides its own data (finding badges, the lit path with its hours, a
 * revision mark): one subscription to one shared object per step, so a store update costs each
 * step one map lookup, and a step re-renders only when its own decoration changes.
 */
import { useEditor } from '../store/editor-context';
import type { EditorState } from '../store/editor-store';
import type { StepDecoration } from '../store/findings-view';

const PLAIN: StepDecoration = { errors: 0, warnings: 0, lit: false, target: false, hours: undefined, mark: undefined };

export function useStepStatus(id: string): StepDecoration {
  return useEditor((s: EditorState) => s.decorations.get(id)) ?? PLAIN;
}
