/**
 * The canvas: React Flow fed from the editor store. Nodes and edges are the store's projection;
 * every change React Flow reports goes back to the store, which owns the journey. Steps are
 * dropped from the palette (HTML5 drag and drop, placed with screenToFlowPosition) and, when
 * dropped on a link, inserted into it.
 */
import { Background, BackgroundVariant, Controls, MiniMap, ReactFlow, useReactFlow } from '@xyflow/react';
import type { Connection, OnNodeDrag, Viewport } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Journey, Position } from '../../../../core/journey';
import type { FlowEdge, FlowNode } from '../convert';
import { DEFAULT_STEP_SIZE } from '../layout/auto-layout';
import { isNodeType } from '../node-catalogue';
import { edgeTypes } from '../nodes/JourneyEdge';
import { nodeTypes } from '../nodes/node-types';
import { StepTextsProvider } from '../nodes/step-texts';
import { useEditor, useEditorStoreApi } from '../store/editor-context';
import { selectActions, selectFlowEdges, selectFlowNodes, selectReadOnly } from '../store/selectors';
import { edgeAtPoint } from './edge-at-point';
import { FAR_CLASS, useFarView } from './far-view';
import { PALETTE_MIME } from './Palette';

export const SNAP_GRID: [number, number] = [16, 16];

// Props React Flow copies into its store when they change identity: kept at module level so a
// canvas render (every drag frame) does not make every link and step re-check its state.
const DEFAULT_EDGE_OPTIONS = { type: 'journey' } as const;
const FIT_VIEW_OPTIONS = { padding: 0.2, maxZoom: 1 } as const;
/** Beyond this many steps a journey opens on its entry, readable, instead of all of it as dots. */
export const OPEN_ON_START_ABOVE = 120;
const START_ZOOM = 0.8;

/** The viewport that puts a big journey's entry at the left middle of the canvas, or undefined to fit a small one. */
function startViewport(journey: Journey, size: { width: number; height: number }): Viewport | undefined {
  if (journey.nodes.length <= OPEN_ON_START_ABOVE) return undefined;
  const entry = journey.nodes.find((n) => n.type === 'entry') ?? journey.nodes[0];
  const at = entry?.position ?? { x: 0, y: 0 };
  return { x: 80 - at.x * START_ZOOM, y: size.height / 2 - (at.y + DEFAULT_STEP_SIZE.height / 2) * START_ZOOM, zoom: START_ZOOM };
}
const MULTI_SELECT_KEYS = ['Meta', 'Control'];

const MINIMAP_STYLE = { width: 168, height: 112 } as const;

const snap = (p: Position): Position => ({ x: Math.round(p.x / SNAP_GRID[0]) * SNAP_GRID[0], y: Math.round(p.y / SNAP_GRID[1]) * SNAP_GRID[1] });

function useAriaLabels() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('editor.flow.nodeDescription'),
      'node.a11yDescription.keyboardDisabled': t('editor.flow.nodeKeyboardDisabled'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) => t('editor.flow.moved', { direction, x, y }),
      'edge.a11yDescription.default': t('editor.flow.edgeDescription'),
      'controls.ariaLabel': t('editor.flow.controls'),
      'controls.zoomIn.ariaLabel': t('editor.flow.zoomIn'),
      'controls.zoomOut.ariaLabel': t('editor.flow.zoomOut'),
      'controls.fitView.ariaLabel': t('editor.toolbar.fitView'),
      'controls.interactive.ariaLabel': t('editor.flow.interactive'),
      'minimap.ariaLabel': t('editor.flow.minimap'),
      'handle.ariaLabel': t('editor.flow.handle'),
    }),
    [t],
  );
}

/** Minimap colours follow the step families of the canvas. */
function miniMapColor(node: FlowNode): string {
  if (node.type === 'note') return 'var(--note-bg)';
  return `var(--family-${node.type === 'entry' ? 'start' : node.type.startsWith('split') ? 'branch' : node.type.startsWith('wait') ? 'timing' : node.type === 'exit' ? 'end' : node.type === 'update_contact' ? 'contact' : 'message'})`;
}

/** The link drawn under the pointer, if any: the browser's own hit test on the links' wide invisible strokes. */
function edgeUnderPointer(x: number, y: number): string | undefined {
  const hit = document.elementsFromPoint?.(x, y).find((el) => el.closest('.react-flow__edge'));
  return hit?.closest('.react-flow__edge')?.getAttribute('data-id') ?? undefined;
}

export function JourneyCanvas({ label, interactive = true }: { label: string; interactive?: boolean }) {
  const store = useEditorStoreApi();
  const nodes = useEditor(selectFlowNodes);
  const edges = useEditor(selectFlowEdges);
  const actions = useEditor(selectActions);
  const readOnly = useEditor(selectReadOnly);
  const far = useFarView();
  const flow = useReactFlow();
  const ariaLabelConfig = useAriaLabels();
  const frame = useRef<HTMLDivElement>(null);
  const [opensOnStart] = useState(() => store.getState().journey.nodes.length > OPEN_ON_START_ABOVE);
  const onInit = useCallback(
    (instance: { setViewport(v: Viewport): Promise<boolean> }) => {
      const box = frame.current?.getBoundingClientRect();
      const viewport = startViewport(store.getState().journey, { width: box?.width ?? 0, height: box?.height ?? 0 });
      if (viewport) void instance.setViewport(viewport);
    },
    [store],
  );

  const onConnect = useCallback((c: Connection) => void actions.connect(c), [actions]);

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const item = event.dataTransfer.getData(PALETTE_MIME);
      if (!item) return;
      event.preventDefault();
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      // The pointer holds the step by its middle.
      const corner = snap({ x: point.x - DEFAULT_STEP_SIZE.width / 2, y: point.y - DEFAULT_STEP_SIZE.height / 2 });
      if (item === 'note') return void actions.addNote(corner);
      if (!isNodeType(item)) return;
      const { journey, measured } = store.getState();
      actions.addStep(item, corner, edgeUnderPointer(event.clientX, event.clientY) ?? edgeAtPoint(journey, measured, point));
    },
    [actions, flow, store],
  );

  /** A step dragged onto a link, while it has no links of its own, goes into it. */
  const onNodeDragStop: OnNodeDrag<FlowNode> = useCallback(
    (_event, node) => {
      if (node.type === 'note') return;
      const { journey, measured } = store.getState();
      if (journey.edges.some((e) => e.source === node.id || e.target === node.id)) return;
      const size = measured.get(node.id) ?? DEFAULT_STEP_SIZE;
      const centre = { x: node.position.x + size.width / 2, y: node.position.y + size.height / 2 };
      const edgeId = edgeAtPoint(journey, measured, centre, node.id);
      if (edgeId) actions.insertIntoEdge(node.id, edgeId);
    },
    [actions, store],
  );

  const editable = interactive && !readOnly;
  return (
    <StepTextsProvider>
      <div ref={frame} className={far ? `journey-canvas ${FAR_CLASS}` : 'journey-canvas'} role="region" aria-label={label}>
        <ReactFlow<FlowNode, FlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={actions.onNodesChange}
          onEdgesChange={actions.onEdgesChange}
          onConnect={onConnect}
          onDragOver={editable ? onDragOver : undefined}
          onDrop={editable ? onDrop : undefined}
          onNodeDragStop={editable ? onNodeDragStop : undefined}
          nodesDraggable={editable}
          nodesConnectable={editable}
          elementsSelectable={interactive}
          snapToGrid
          snapGrid={SNAP_GRID}
          deleteKeyCode={null}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={MULTI_SELECT_KEYS}
          minZoom={0.05}
          maxZoom={2}
          fitView={!opensOnStart}
          fitViewOptions={FIT_VIEW_OPTIONS}
          onInit={onInit}
          // Only the steps in view are drawn: a big journey opens and drags as fast as a small one.
          onlyRenderVisibleElements
          defaultEdgeOptions={DEFAULT_EDGE_OPTIONS}
          ariaLabelConfig={ariaLabelConfig}
        >
          <Background variant={BackgroundVariant.Dots} gap={SNAP_GRID[0]} size={1.2} />
          {/* Square minimap steps: 625 rounded rects re-rasterised whenever the view pans (the
              minimap follows the viewport) made the long frames of a drag that pans the canvas. */}
          {interactive && <MiniMap<FlowNode> pannable zoomable nodeColor={miniMapColor} nodeStrokeWidth={0} nodeBorderRadius={0} style={MINIMAP_STYLE} />}
          {interactive && <Controls showInteractive={false} position="bottom-left" />}
        </ReactFlow>
      </div>
    </StepTextsProvider>
  );
}
