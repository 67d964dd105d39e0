/**
 * One store per editor instance (React Flow's own pattern): the journey is the model, and
 * everything the canvas draws is projected from it. Every change of the journey goes through
 * `commit`, which keeps the undo history; selection, sizes and findings are canvas state
 * outside the history.
 */
import type { EdgeChange, NodeChange } from '@xyflow/react';
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { Journey, NodeType, Position } from '../../../../core/journey';
import type { Finding } from '../../../../core/rules';
import type { Template } from '../../../../core/whatsapp/template';
import type { FlowEdge, FlowNode } from '../convert';
import { readNotes } from '../convert';
import { autoLayout, DEFAULT_STEP_SIZE } from '../layout/auto-layout';
import { newStep } from '../node-catalogue';
import { connectionRefusal } from './connect-rules';
import type { ConnectRefusal, ConnectionRequest } from './connect-rules';
import { sortEdgeChanges, sortNodeChanges, toggled } from './canvas-changes';
import type { Badge, PathHighlight, StepDecoration } from './findings-view';
import { badgesOf, decorate, pathHighlight } from './findings-view';
import { createFlowProjection } from './flow-projection';
import type { DescribeEdge, Size } from './flow-projection';
import type { Fragment } from './fragment';
import { copyFragment, pasteFragment } from './fragment';
import * as edits from './graph-edits';
import type { History } from './history';
import { emptyHistory, record, redo, undo } from './history';
import { idAllocator, idPrefix } from './ids';

export type Notice = { kind: 'refused'; reason: ConnectRefusal } | { kind: 'not-inserted' };

export type EditorState = {
  journey: Journey;
  /** The journey as of the last finished gesture: what validation and autosave follow, so a drag is checked and saved once, when it ends. */
  settled: Journey;
  history: History;
  selectedNodes: ReadonlySet<string>;
  selectedEdges: ReadonlySet<string>;
  measured: ReadonlyMap<string, Size>;
  dragging: boolean;
  flowNodes: FlowNode[];
  flowEdges: FlowEdge[];
  notice: Notice | null;
  readOnly: boolean;
  templates: readonly Template[];
  badges: ReadonlyMap<string, Badge>;
  highlight: PathHighlight | null;
  /** Revision comparison marks per step (added, removed, changed); empty when editing. */
  marks: ReadonlyMap<string, StepMark>;
  /** Badges, lit path and marks per step, for the step components (see findings-view). */
  decorations: ReadonlyMap<string, StepDecoration>;
  actions: EditorActions;
};

export type StepMark = 'added' | 'removed' | 'changed';

export type EditorActions = {
  /** Replaces the journey with another one (a load): the history starts again. */
  load(journey: Journey): void;
  /** Any edit of the journey; edits with the same `key` in a row are one undo step. */
  commit(next: Journey, key?: string): void;
  undo(): void;
  redo(): void;
  onNodesChange(changes: NodeChange<FlowNode>[]): void;
  onEdgesChange(changes: EdgeChange<FlowEdge>[]): void;
  /** Connects two steps, or refuses with a notice; whether the edge was made. */
  connect(request: ConnectionRequest): boolean;
  /** Adds a step (inserted into `edgeId` when given and possible) and selects it; its id. */
  addStep(type: NodeType, position: Position, edgeId?: string): string;
  addNote(position: Position): string;
  updateNote(id: string, text: string): void;
  /** Inserts an unconnected step into an edge; whether it was. */
  insertIntoEdge(stepId: string, edgeId: string): boolean;
  deleteSelection(): void;
  select(nodeIds: Iterable<string>, edgeIds?: Iterable<string>): void;
  copySelection(): Fragment | undefined;
  paste(fragment: Fragment, offset?: Position): void;
  layout(): void;
  setTemplates(templates: readonly Template[]): void;
  setFindings(findings: readonly Finding[]): void;
  /** Lights the path of a finding that names one (session window), or clears it. */
  highlightFinding(finding: Finding | null): void;
  dismissNotice(): void;
};

export type EditorStore = StoreApi<EditorState>;

const PASTE_OFFSET: Position = { x: 40, y: 40 };
/** Space kept after a step inserted into a link. */
const ROOM_GAP = 64;
const noIds: ReadonlySet<string> = new Set();

export type EditorOptions = {
  readOnly?: boolean;
  marks?: ReadonlyMap<string, StepMark>;
  /** Names each link for assistive tech (React Flow's default name is English only). */
  describeEdge?: DescribeEdge;
};

export function createEditorStore(journey: Journey, options: EditorOptions = {}): EditorStore {
  const projection = createFlowProjection(options.describeEdge);
  return createStore<EditorState>()((set, get) => {
    /** Sets state and re-projects the canvas from it. */
    function update(patch: Partial<EditorState>): void {
      const s = { ...get(), ...patch };
      const highlightEdges = s.highlight?.edges ?? noIds;
      set({
        ...patch,
        settled: s.dragging ? s.settled : s.journey,
        flowNodes: projection.nodes(s.journey, s.selectedNodes, s.measured),
        flowEdges: projection.edges(s.journey, s.selectedEdges, highlightEdges),
      });
    }

    function commit(next: Journey, key?: string, patch: Partial<EditorState> = {}): void {
      const s = get();
      if (s.readOnly || next === s.journey) return;
      update({ journey: next, history: record(s.history, s.journey, key), ...patch });
    }

    /** Where a step inserted into a link goes: in line with the link's source, clear of it. */
    function besideSource(edgeId: string, dropped: Position): Position {
      const { journey, measured } = get();
      const edge = journey.edges.find((e) => e.id === edgeId);
      const source = journey.nodes.find((n) => n.id === edge?.source);
      if (!source?.position) return dropped;
      const width = measured.get(source.id)?.width ?? DEFAULT_STEP_SIZE.width;
      return { x: Math.max(dropped.x, source.position.x + width + ROOM_GAP), y: source.position.y };
    }

    function allocator(): (prefix: string) => string {
      const { journey } = get();
      return idAllocator([...journey.nodes.map((n) => n.id), ...journey.edges.map((e) => e.id), ...readNotes(journey).map((n) => n.id)]);
    }

    const actions: EditorActions = {
      load: (next) => update({ journey: next, history: emptyHistory, selectedNodes: noIds, selectedEdges: noIds, highlight: null }),
      commit: (next, key) => commit(next, key),
      undo() {
        const s = get();
        const back = undo(s.history, s.journey);
        if (back) update({ journey: back.journey, history: back.history });
      },
      redo() {
        const s = get();
        const forward = redo(s.history, s.journey);
        if (forward) update({ journey: forward.journey, history: forward.history });
      },
      onNodesChange(changes) {
        const s = get();
        const c = sortNodeChanges(changes);
        const patch: Partial<EditorState> = {};
        if (c.sizes.size > 0) patch.measured = new Map([...s.measured, ...c.sizes]);
        if (c.selected.size > 0) patch.selectedNodes = toggled(s.selectedNodes, c.selected);
        if (c.positions.size > 0 && !s.readOnly) {
          const moved = edits.moveElements(s.journey, c.positions);
          // A drag is one undo step: the history records where it started, frames only move.
          const history = s.dragging ? s.history : record(s.history, s.journey, c.dragging ? undefined : `move:${[...c.positions.keys()].join(',')}`);
          Object.assign(patch, { journey: moved, history, dragging: c.dragging && !c.dropped });
        }
        if (Object.keys(patch).length > 0) update(patch);
        if (c.removed.size > 0) {
          actions.select(c.removed);
          actions.deleteSelection();
        }
      },
      onEdgesChange(changes) {
        const s = get();
        const c = sortEdgeChanges(changes);
        if (c.selected.size > 0) update({ selectedEdges: toggled(s.selectedEdges, c.selected) });
        if (c.removed.size > 0) commit(edits.removeElements(get().journey, noIds, c.removed), undefined, { selectedEdges: noIds });
      },
      connect(request) {
        const s = get();
        if (s.readOnly) return false;
        const reason = connectionRefusal(s.journey, request);
        if (reason) {
          set({ notice: { kind: 'refused', reason } });
          return false;
        }
        commit(edits.addEdge(s.journey, request, allocator()(idPrefix('edge'))), undefined, { notice: null });
        return true;
      },
      addStep(type, position, edgeId) {
        const allocate = allocator();
        const id = allocate(idPrefix(type));
        let next = edits.addStep(get().journey, newStep(type, id, position));
        let notice: Notice | null = null;
        if (edgeId) {
          const inserted = edits.insertOnEdge(next, edgeId, id, allocate(idPrefix('edge')));
          if (inserted) next = edits.makeRoomAfter(edits.moveElements(inserted, new Map([[id, besideSource(edgeId, position)]])), id, DEFAULT_STEP_SIZE.width, ROOM_GAP);
          else notice = { kind: 'not-inserted' };
        }
        commit(next, undefined, { selectedNodes: new Set([id]), selectedEdges: noIds, notice });
        return id;
      },
      addNote(position) {
        const id = allocator()(idPrefix('note'));
        commit(edits.addNote(get().journey, { id, text: '', position, width: 200, height: 120 }), undefined, { selectedNodes: new Set([id]), selectedEdges: noIds });
        return id;
      },
      updateNote: (id, text) => commit(edits.updateNote(get().journey, id, { text }), `note:${id}`),
      insertIntoEdge(stepId, edgeId) {
        const next = edits.insertOnEdge(get().journey, edgeId, stepId, allocator()(idPrefix('edge')));
        if (next) commit(next);
        return next !== undefined;
      },
      deleteSelection() {
        const s = get();
        commit(edits.removeElements(s.journey, s.selectedNodes, s.selectedEdges), undefined, { selectedNodes: noIds, selectedEdges: noIds });
      },
      select: (nodeIds, edgeIds = []) => update({ selectedNodes: new Set(nodeIds), selectedEdges: new Set(edgeIds) }),
      copySelection: () => copyFragment(get().journey, get().selectedNodes),
      paste(fragment, offset = PASTE_OFFSET) {
        const pasted = pasteFragment(get().journey, fragment, offset);
        commit(pasted.journey, undefined, { selectedNodes: new Set(pasted.pasted), selectedEdges: noIds });
      },
      layout() {
        const s = get();
        commit(edits.moveElements(s.journey, autoLayout(s.journey, s.measured)));
      },
      setTemplates: (templates) => set({ templates }),
      setFindings(findings) {
        const s = get();
        const badges = badgesOf(findings);
        set({ badges, decorations: decorate(s.decorations, badges, s.highlight, s.marks) });
      },
      highlightFinding(finding) {
        const s = get();
        const highlight = finding ? (pathHighlight(s.journey, finding) ?? null) : null;
        update({ highlight, decorations: decorate(s.decorations, s.badges, highlight, s.marks) });
      },
      dismissNotice: () => set({ notice: null }),
    };

    return {
      journey,
      settled: journey,
      history: emptyHistory,
      selectedNodes: noIds,
      selectedEdges: noIds,
      measured: new Map(),
      dragging: false,
      flowNodes: projection.nodes(journey, noIds, new Map()),
      flowEdges: projection.edges(journey, noIds, noIds),
      notice: null,
      readOnly: options.readOnly ?? false,
      templates: [],
      badges: new Map(),
      highlight: null,
      marks: options.marks ?? new Map(),
      decorations: decorate(new Map(), new Map(), null, options.marks ?? new Map()),
      actions,
    };
  });
}
