/**
 * Sticky notes are annotations for people, never steps for contacts. They live in the
 * journey's loose extra field `notes` (the journey schema keeps unknown fields), so they travel
 * with the journey file, its saved revisions and its undo history, while core never reads
 * them: the validator, interpreter and simulator see only `nodes` and `edges`.
 */
import { z } from 'zod';
import type { Journey } from '../../../../core/journey';

export const StickyNote = z.object({
  id: z.string().min(1),
  text: z.string(),
  position: z.object({ x: z.number(), y: z.number() }),
  width: z.number().positive().optional(),
  height: z.number().positive().optional(),
});
export type StickyNote = z.infer<typeof StickyNote>;

const NoteList = z.array(StickyNote);

/** Note lists already checked, so a canvas frame neither re-validates nor copies them. */
const checked = new WeakMap<object, readonly StickyNote[]>();

/**
 * The journey's sticky notes; a missing or malformed `notes` field reads as none. A valid list
 * is returned as it is stored (the same objects each time), so unchanged notes stay unchanged.
 */
export function readNotes(journey: Journey): readonly StickyNote[] {
  const raw = (journey as { notes?: unknown }).notes;
  if (!Array.isArray(raw)) return [];
  let notes = checked.get(raw);
  if (notes === undefined) {
    notes = NoteList.safeParse(raw).success ? (raw as StickyNote[]) : [];
    checked.set(raw, notes);
  }
  return notes;
}

/** The journey with its notes replaced; no notes leaves no `notes` field behind. */
export function withNotes(journey: Journey, notes: readonly StickyNote[]): Journey {
  const { notes: _old, ...rest } = journey as Journey & { notes?: unknown };
  return notes.length > 0 ? ({ ...rest, notes: [...notes] } as Journey) : (rest as Journey);
}
