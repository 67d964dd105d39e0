/** The `?` sheet: every shortcut of {@link SHORTCUTS}, plus the mouse gestures, in the interface language. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS, shortcutLabel } from './shortcuts';
import type { ShortcutAction } from './shortcuts';

const ORDER = ['undo', 'redo', 'delete', 'selectAll', 'fitView', 'layout', 'help'] as const satisfies readonly ShortcutAction[];

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const closeButton = useRef<HTMLButtonElement>(null);
  const apple = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  useEffect(() => closeButton.current?.focus(), []);
  const rows: [string, string][] = [
    ...ORDER.map((action): [string, string] => [
      t(`editor.shortcuts.${action}`),
      SHORTCUTS.filter((s) => s.action === action).map((s) => shortcutLabel(s, apple)).join(' · '),
    ]),
    [t('editor.shortcuts.copy'), apple ? '⌘C' : 'Ctrl+C'],
    [t('editor.shortcuts.cut'), apple ? '⌘X' : 'Ctrl+X'],
    [t('editor.shortcuts.paste'), apple ? '⌘V' : 'Ctrl+V'],
    [t('editor.shortcuts.multiSelect'), `${apple ? '⌘' : 'Ctrl'} + ${t('editor.shortcuts.click')}`],
    [t('editor.shortcuts.boxSelect'), t('editor.shortcuts.shiftDrag')],
    [t('editor.shortcuts.move'), t('editor.shortcuts.arrows')],
  ];
  return (
    <div className="editor-modal-backdrop" onClick={onClose}>
      <div
        className="editor-modal shortcut-help"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcut-help-title"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
        }}
      >
        <div className="editor-modal-header">
          <h2 id="shortcut-help-title">{t('editor.shortcuts.title')}</h2>
          <button ref={closeButton} type="button" className="button" onClick={onClose}>
            {t('editor.shortcuts.close')}
          </button>
        </div>
        <dl className="shortcut-list">
          {rows.map(([what, keys]) => (
            <div key={what} className="shortcut-row">
              <dt>{what}</dt>
              <dd>
                <kbd>{keys}</kbd>
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
