/**
 * Keyboard and clipboard for one editor, listened for on the document while the editor is
 * shown (focus may be on the canvas pane, a step or the page itself), never while typing in a
 * field or with a dialog open. Copy, cut and paste use the browser's clipboard events, which
 * carry the system clipboard without asking for a permission.
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { readFragment, writeFragment } from '../store/clipboard';
import { useEditorStoreApi } from '../store/editor-context';
import { isTyping, shortcutFor } from './shortcuts';

function outsideEditor(event: Event): boolean {
  const target = event.target;
  return isTyping(target) || (target instanceof Element && target.closest('dialog, [role="dialog"]') !== null);
}

export function useEditorShortcuts(openHelp: () => void): void {
  const store = useEditorStoreApi();
  const flow = useReactFlow();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (outsideEditor(event)) return;
      const action = shortcutFor(event);
      if (!action) return;
      const { actions, journey } = store.getState();
      event.preventDefault();
      switch (action) {
        case 'undo':
          return actions.undo();
        case 'redo':
          return actions.redo();
        case 'delete':
          return actions.deleteSelection();
        case 'selectAll':
          return actions.select(store.getState().flowNodes.map((n) => n.id), journey.edges.map((e) => e.id));
        case 'fitView':
          return void flow.fitView({ duration: 200 });
        case 'layout':
          actions.layout();
          return void requestAnimationFrame(() => void flow.fitView({ duration: 200 }));
        case 'help':
          return openHelp();
        case 'clear':
          return actions.select([]);
      }
    };
    const onCopy = (event: ClipboardEvent) => {
      if (outsideEditor(event)) return;
      const fragment = store.getState().actions.copySelection();
      if (!fragment) return;
      event.preventDefault();
      writeFragment(fragment, event.clipboardData);
      if (event.type === 'cut') store.getState().actions.deleteSelection();
    };
    const onPaste = (event: ClipboardEvent) => {
      if (outsideEditor(event) || store.getState().readOnly) return;
      const fragment = readFragment(event.clipboardData);
      if (!fragment) return;
      event.preventDefault();
      store.getState().actions.paste(fragment);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [store, flow, openHelp]);
}
