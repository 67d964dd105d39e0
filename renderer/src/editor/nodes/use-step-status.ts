/**
 * What a step shows besides its own data: finding badges, and whether it lies on a lit path
 * (with the hours since the contact last wrote). Each part is a primitive or a shared object,
 * so a step re-renders only when its own status changes.
 */
import type { Badge } from '../store/findings-view';
import { useEditor } from '../store/editor-context';
import type { EditorState, StepMark } from '../store/editor-store';

export type StepStatus = { badge: Badge | undefined; lit: boolean; target: boolean; hours: number | undefined; mark: StepMark | undefined };

export function useStepStatus(id: string): StepStatus {
  const badge = useEditor((s: EditorState) => s.badges.get(id));
  const lit = useEditor((s: EditorState) => s.highlight?.nodes.has(id) ?? false);
  const target = useEditor((s: EditorState) => s.highlight?.target === id);
  const hours = useEditor((s: EditorState) => s.highlight?.hoursAt.get(id));
  const mark = useEditor((s: EditorState) => s.marks.get(id));
  return { badge, lit, target, hours, mark };
}
