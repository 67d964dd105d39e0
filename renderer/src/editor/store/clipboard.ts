/**
 * The editor's clipboard: a module-level buffer shared by every editor in this window, and the
 * system clipboard as JSON text when the browser hands one over (copy and paste events always
 * do), so a selection also pastes into a journey in another window.
 */
import type { Fragment } from './fragment';
import { parseFragment } from './fragment';

let buffer: Fragment | undefined;

export function setClipboardBuffer(fragment: Fragment | undefined): void {
  buffer = fragment;
}

export function clipboardBuffer(): Fragment | undefined {
  return buffer;
}

/** Writes a fragment to a copy event's data as JSON text, and to the buffer. */
export function writeFragment(fragment: Fragment, data: DataTransfer | null): void {
  buffer = fragment;
  data?.setData('text/plain', JSON.stringify(fragment));
}

/**
 * The fragment a paste event carries. Other text on the clipboard was copied after our
 * fragment, so it wins and nothing is pasted; with no text at all, the buffer is used.
 */
export function readFragment(data: DataTransfer | null): Fragment | undefined {
  const text = data?.getData('text/plain');
  return text ? parseFragment(text) : buffer;
}
