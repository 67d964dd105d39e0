/**
 * The editor of one journey: header (name, save state, tools), then palette | canvas | side
 * panel (the selected step's inspector and the rules). One store per editor; autosave through
 * the workspace database; findings from the validation worker, shown as badges on the steps.
 */
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import '../editor.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Journey } from '../../../../core/journey';
import { exportJourneyText, fileSlug, saveJourney } from '../../../db';
import { navigate } from '../../app/nav-store';
import { JourneyCanvas } from '../canvas/JourneyCanvas';
import { CanvasOverlay } from '../overlay/CanvasOverlay';
import { SimulatePanel } from '../../simulation/SimulatePanel';
import { TrainerPanel } from '../../trainer/TrainerPanel';
import { Palette } from '../canvas/Palette';
import type { PaletteItem } from '../canvas/Palette';
import { ShortcutHelp } from '../canvas/ShortcutHelp';
import { useEditorShortcuts } from '../canvas/use-editor-shortcuts';
import { renderCanvasImage } from '../export/canvas-image';
import { downloadDataUrl, downloadFile } from '../../workspace/download';
import type { ImageFormat } from '../export/canvas-image';
import { useCanvasImageSource } from '../export/canvas-source';
import { DEFAULT_STEP_SIZE } from '../layout/auto-layout';
import { handleName } from '../nodes/handle-names';
import { RevisionsPanel } from '../revisions/RevisionsPanel';
import { EditorStoreProvider, useEditor, useEditorStoreApi } from '../store/editor-context';
import { createEditorStore } from '../store/editor-store';
import { selectJourney } from '../store/selectors';
import { EditorNotice } from './EditorNotice';
import { EditorToolbar } from './EditorToolbar';
import { RulesSection } from './RulesSection';
import { SaveStatus } from './SaveStatus';
import { SidePanel } from './SidePanel';
import { ToolIcon } from './tool-icons';
import { RunLauncher } from '../../runs/RunLauncher';
import { RunNotice } from '../../runs/RunNotice';
import { useAutosave } from './use-autosave';
import { useLibrary } from './use-library';
import { useLiveRules } from './use-live-rules';

const save = (journey: Journey) => saveJourney(journey);

function EditorLayout() {
  const { t } = useTranslation();
  const store = useEditorStoreApi();
  const flow = useReactFlow();
  const name = useEditor((s) => selectJourney(s).name);
  const journeyId = useEditor((s) => selectJourney(s).id);
  const saveState = useAutosave(store, save);
  const library = useLibrary();
  const rules = useLiveRules(library);
  const canvasRef = useRef<HTMLDivElement>(null);
  const [help, setHelp] = useState(false);
  const [revisions, setRevisions] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const openHelp = useCallback(() => setHelp(true), []);
  useEditorShortcuts(openHelp);
  // The readiness report embeds this canvas as the PNG export draws it.
  useCanvasImageSource(journeyId, canvasRef);

  /** Where a step added without dragging goes: the middle of the view. */
  const viewCentre = () => {
    const box = canvasRef.current?.getBoundingClientRect();
    const centre = flow.screenToFlowPosition({ x: (box?.left ?? 0) + (box?.width ?? 0) / 2, y: (box?.top ?? 0) + (box?.height ?? 0) / 2 });
    return { x: Math.round(centre.x - DEFAULT_STEP_SIZE.width / 2), y: Math.round(centre.y - DEFAULT_STEP_SIZE.height / 2) };
  };
  const add = (item: PaletteItem) => {
    const { actions } = store.getState();
    if (item === 'note') actions.addNote(viewCentre());
    else actions.addStep(item, viewCentre());
  };

  const fail = (error: unknown) => setExportError(t('editor.export.failed', { message: error instanceof Error ? error.message : String(error) }));
  const exportImage = (format: ImageFormat) => {
    const root = canvasRef.current?.querySelector<HTMLElement>('.react-flow');
    if (!root) return;
    const { journey } = store.getState();
    renderCanvasImage(root, flow.getNodes(), format).then((dataUrl) => downloadDataUrl(`${fileSlug(journey.name || journey.id)}.${format}`, dataUrl), fail);
  };
  const exportJourney = () => {
    const { journey } = store.getState();
    // Saved first, so the file is exactly what is on the canvas.
    saveJourney(journey)
      .then(() => exportJourneyText(journey.id))
      .then((file) => file && downloadFile(file.fileName, file.text), fail);
  };

  return (
    <div className="editor-page">
      <header className="editor-header">
        <button type="button" className="tool" aria-label={t('editor.back')} title={t('editor.back')} onClick={() => navigate('journeys')}>
          <ToolIcon name="back" />
        </button>
        <h1 tabIndex={-1} className="editor-title">
          {name}
        </h1>
        <SaveStatus state={saveState} />
        <EditorToolbar
          commands={{ exportImage, exportJourney, openRevisions: () => setRevisions(true), openHelp, addNote: () => add('note') }}
        />
        <RunLauncher findings={rules.findings} pending={rules.pending} library={library} />
      </header>
      <EditorNotice />
      <RunNotice journeyId={journeyId} />
      {exportError && (
        <p className="editor-notice" role="alert">
          {exportError}
        </p>
      )}
      <div className="editor-body">
        <Palette onAdd={add} />
        <div className="editor-canvas" ref={canvasRef}>
          <JourneyCanvas label={t('editor.canvas')} />
          <CanvasOverlay />
        </div>
        <SidePanel library={library}>
          <RulesSection rules={rules} library={library} />
          <SimulatePanel library={library} />
          <TrainerPanel library={library} />
        </SidePanel>
      </div>
      {help && <ShortcutHelp onClose={() => setHelp(false)} />}
      {revisions && <RevisionsPanel onClose={() => setRevisions(false)} />}
    </div>
  );
}

/** Mounts an editor on a loaded journey; remount (a new `key`) to edit another. */
export function JourneyEditor({ journey }: { journey: Journey }) {
  const { t } = useTranslation();
  const [store] = useState(() =>
    createEditorStore(journey, {
      describeEdge: (e) => t('editor.flow.edgeLabel', { source: e.source, handle: handleName(t, e.sourceHandle), target: e.target }),
    }),
  );
  useEffect(() => () => store.getState().actions.dismissNotice(), [store]);
  return (
    <ReactFlowProvider>
      <EditorStoreProvider store={store}>
        <EditorLayout />
      </EditorStoreProvider>
    </ReactFlowProvider>
  );
}
