/**
 * The editor's keyboard shortcuts in one table: the key handler reads it, and the help sheet
 * (`?`) lists it, so the two never disagree.
 */
export type ShortcutAction = 'undo' | 'redo' | 'delete' | 'selectAll' | 'fitView' | 'layout' | 'help' | 'clear';

export type Shortcut = { action: ShortcutAction; key: string; mod?: boolean; shift?: boolean };

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'undo', key: 'z', mod: true },
  { action: 'redo', key: 'z', mod: true, shift: true },
  { action: 'redo', key: 'y', mod: true },
  { action: 'delete', key: 'Delete' },
  { action: 'delete', key: 'Backspace' },
  { action: 'selectAll', key: 'a', mod: true },
  { action: 'fitView', key: '1', shift: true },
  { action: 'layout', key: 'l', shift: true },
  { action: 'help', key: '?' },
  { action: 'clear', key: 'Escape' },
];

/** `Shift+1` types `!` on most layouts: match the physical digit through `code` too. */
function keyOf(event: Pick<KeyboardEvent, 'key' | 'code'>): string {
  if (/^Digit\d$/.test(event.code)) return event.code.slice(5);
  return event.key.length === 1 ? event.key.toLowerCase() : event.key;
}

/** The action a key press asks for, if any. `?` is matched whatever Shift says (it needs Shift on most layouts). */
export function shortcutFor(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): ShortcutAction | undefined {
  if (event.altKey) return undefined;
  if (event.key === '?') return 'help';
  const mod = event.ctrlKey || event.metaKey;
  const key = keyOf(event);
  return SHORTCUTS.find((s) => s.key.toLowerCase() === key.toLowerCase() && Boolean(s.mod) === mod && Boolean(s.shift) === event.shiftKey)?.action;
}

/** Whether a key event belongs to a text field (typing there is never a shortcut). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** How a shortcut is written in the help sheet (⌘ on Apple systems, Ctrl elsewhere). */
export function shortcutLabel(s: Shortcut, apple: boolean): string {
  const parts: string[] = [];
  if (s.mod) parts.push(apple ? '⌘' : 'Ctrl');
  if (s.shift && s.key !== '?') parts.push(apple ? '⇧' : 'Shift');
  parts.push(s.key.length === 1 ? s.key.toUpperCase() : s.key === 'Escape' ? 'Esc' : s.key);
  return parts.join(apple ? '' : '+');
}
