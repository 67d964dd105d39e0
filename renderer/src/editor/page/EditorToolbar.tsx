/** The canvas tools: history, layout, view, notes, export, revisions and the shortcut sheet. Each button has a name. */
import { useReactFlow } from '@xyflow/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/editor-context';
import { selectActions, selectCanRedo, selectCanUndo, selectHasSelection } from '../store/selectors';
import { ToolIcon } from './tool-icons';
import type { ToolIconName } from './tool-icons';

export type ToolbarCommands = {
  exportImage(format: 'png' | 'svg'): void;
  exportJourney(): void;
  openRevisions(): void;
  openHelp(): void;
  addNote(): void;
};

function Tool({ icon, label, onClick, disabled, children }: { icon: ToolIconName; label: string; onClick: () => void; disabled?: boolean; children?: ReactNode }) {
  return (
    <button type="button" className="tool" aria-label={label} title={label} onClick={onClick} disabled={disabled}>
      <ToolIcon name={icon} />
      {children}
    </button>
  );
}

export function EditorToolbar({ commands }: { commands: ToolbarCommands }) {
  const { t } = useTranslation();
  const actions = useEditor(selectActions);
  const canUndo = useEditor(selectCanUndo);
  const canRedo = useEditor(selectCanRedo);
  const hasSelection = useEditor(selectHasSelection);
  const flow = useReactFlow();
  const layout = () => {
    actions.layout();
    requestAnimationFrame(() => void flow.fitView({ duration: 200, padding: 0.2, maxZoom: 1 }));
  };
  return (
    <div className="editor-tools" role="toolbar" aria-label={t('editor.toolbar.label')}>
      <Tool icon="undo" label={t('editor.toolbar.undo')} onClick={actions.undo} disabled={!canUndo} />
      <Tool icon="redo" label={t('editor.toolbar.redo')} onClick={actions.redo} disabled={!canRedo} />
      <span className="editor-tools-sep" />
      <Tool icon="layout" label={t('editor.toolbar.layout')} onClick={layout} />
      <Tool icon="fit" label={t('editor.toolbar.fitView')} onClick={() => void flow.fitView({ duration: 200, padding: 0.2, maxZoom: 1 })} />
      <Tool icon="note" label={t('editor.toolbar.note')} onClick={commands.addNote} />
      <Tool icon="delete" label={t('editor.toolbar.delete')} onClick={actions.deleteSelection} disabled={!hasSelection} />
      <span className="editor-tools-sep" />
      <Tool icon="image" label={t('editor.toolbar.exportPng')} onClick={() => commands.exportImage('png')}>
        <span className="tool-text">PNG</span>
      </Tool>
      <Tool icon="image" label={t('editor.toolbar.exportSvg')} onClick={() => commands.exportImage('svg')}>
        <span className="tool-text">SVG</span>
      </Tool>
      <Tool icon="file" label={t('editor.toolbar.exportJourney')} onClick={commands.exportJourney} />
      <span className="editor-tools-sep" />
      <Tool icon="history" label={t('editor.toolbar.revisions')} onClick={commands.openRevisions} />
      <Tool icon="keyboard" label={t('editor.toolbar.shortcuts')} onClick={commands.openHelp} />
    </div>
  );
}
