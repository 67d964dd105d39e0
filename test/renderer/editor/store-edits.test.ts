import { describe, expect, it } from 'vitest';
import { validateJourney } from '../../../core/rules';
import { readNotes } from '../../../renderer/src/editor/convert';
import { clipboardBuffer, readFragment, setClipboardBuffer, writeFragment } from '../../../renderer/src/editor/store/clipboard';
import { createEditorStore } from '../../../renderer/src/editor/store/editor-store';
import { moveElements } from '../../../renderer/src/editor/store/graph-edits';
import { lineJourney } from './journey-builders';

/** A DataTransfer stand-in: jsdom has none, and copy/paste events carry one. */
function transfer(initial = ''): DataTransfer {
  let text = initial;
  return { getData: () => text, setData: (_type: string, value: string) => void (text = value) } as unknown as DataTransfer;
}

describe('editor store: connecting rules', () => {
  it('connects a free output to a step', () => {
    const store = createEditorStore(lineJourney());
    const { actions } = store.getState();
    const id = actions.addStep('exit', { x: 0, y: 0 });
    expect(actions.connect({ source: 'promo', sourceHandle: 'failed', target: id })).toBe(true);
    expect(store.getState().journey.edges.at(-1)).toEqual({ id: 'e-1', source: 'promo', sourceHandle: 'failed', target: id });
  });

  it.each([
    ['a second edge from one output', { source: 'promo', sourceHandle: 'out', target: 'bye' }, 'handle-used'],
    ['a step to itself', { source: 'pause', sourceHandle: 'out', target: 'pause' }, 'self-loop'],
    ['an edge that closes a loop', { source: 'hello', sourceHandle: 'failed', target: 'promo' }, 'cycle'],
    ['an edge into the entry', { source: 'hello', sourceHandle: 'failed', target: 'in' }, 'into-entry'],
    ['an output the step does not have', { source: 'pause', sourceHandle: 'failed', target: 'bye' }, 'unknown-handle'],
  ])('refuses %s, with a notice saying why', (_what, request, reason) => {
    const store = createEditorStore(lineJourney());
    const before = store.getState().journey;
    expect(store.getState().actions.connect(request)).toBe(false);
    expect(store.getState().journey).toBe(before);
    expect(store.getState().notice).toEqual({ kind: 'refused', reason });
  });

  it('never lets the canvas make a cycle the validator would report', () => {
    const store = createEditorStore(lineJourney());
    const { actions } = store.getState();
    const ids = store.getState().journey.nodes.map((n) => n.id);
    for (const source of ids) for (const target of ids) for (const handle of ['out', 'failed']) actions.connect({ source, sourceHandle: handle, target });
    const findings = validateJourney({ journey: store.getState().journey });
    expect(findings.filter((f) => f.rule === 'structure.cycle')).toEqual([]);
  });
});

describe('editor store: a step dropped on an edge', () => {
  it('is inserted into it: a -> new -> b, as one undo step', () => {
    const store = createEditorStore(lineJourney());
    const { actions } = store.getState();
    const id = actions.addStep('wait_for_reply', { x: 750, y: 0 }, 'e3');
    const { edges } = store.getState().journey;
    expect(edges.find((e) => e.id === 'e3')).toEqual({ id: 'e3', source: 'pause', sourceHandle: 'out', target: id });
    expect(edges.find((e) => e.source === id)).toMatchObject({ sourceHandle: 'replied', target: 'hello' });
    actions.undo();
    expect(store.getState().journey).toEqual(lineJourney());
  });

  it('is added beside the edge, with a notice, when it cannot go in (an exit has no output)', () => {
    const store = createEditorStore(lineJourney());
    const id = store.getState().actions.addStep('exit', { x: 750, y: 0 }, 'e3');
    expect(store.getState().journey.nodes.some((n) => n.id === id)).toBe(true);
    expect(store.getState().journey.edges).toEqual(lineJourney().edges);
    expect(store.getState().notice).toEqual({ kind: 'not-inserted' });
  });

  it('inserts an existing step only while it has no edges', () => {
    const store = createEditorStore(lineJourney());
    const { actions } = store.getState();
    const id = actions.addStep('update_contact', { x: 0, y: 400 });
    expect(actions.insertIntoEdge('pause', 'e1')).toBe(false);
    expect(actions.insertIntoEdge(id, 'e1')).toBe(true);
    expect(store.getState().journey.edges.filter((e) => e.source === id || e.target === id)).toHaveLength(2);
  });
});

describe('editor store: selection, delete, copy and paste', () => {
  it('deletes the selected steps with their edges, and the selected edges', () => {
    const store = createEditorStore(lineJourney());
    const { actions } = store.getState();
    actions.select(['pause'], ['e1']);
    actions.deleteSelection();
    const { journey, selectedNodes } = store.getState();
    expect(journey.nodes.map((n) => n.id)).toEqual(['in', 'promo', 'hello', 'bye']);
    expect(journey.edges.map((e) => e.id)).toEqual(['e4']);
    expect(selectedNodes.size).toBe(0);
  });

  it('copies a multi-selection with its inner edges and pastes it under fresh ids, shifted and selected', () => {
    const store = createEditorStore(lineJourney());
    const { actions } = store.getState();
    actions.select(['promo', 'pause', 'hello']);
    const fragment = actions.copySelection();
    expect(fragment?.nodes.map((n) => n.id)).toEqual(['promo', 'pause', 'hello']);
    expect(fragment?.edges.map((e) => e.id)).toEqual(['e2', 'e3']);

    actions.paste(fragment!);
    const { journey, selectedNodes } = store.getState();
    const pasted = journey.nodes.slice(5);
    expect(pasted.map((n) => n.id)).toEqual(['template-1', 'wait-1', 'message-1']);
    expect(pasted[0]?.position).toEqual({ x: 340, y: 40 });
    expect([...selectedNodes]).toEqual(['template-1', 'wait-1', 'message-1']);
    expect(journey.edges.slice(4).map((e) => [e.source, e.target])).toEqual([
      ['template-1', 'wait-1'],
      ['wait-1', 'message-1'],
    ]);
  });

  it('pastes into another journey through the system clipboard text, and follows renamed references', () => {
    const source = createEditorStore({
      ...lineJourney(),
      nodes: [...lineJourney().nodes, { id: 'read', type: 'split_engagement', position: { x: 0, y: 200 }, data: { message: 'promo', metric: 'read' } }],
    });
    source.getState().actions.select(['promo', 'read']);
    const data = transfer();
    writeFragment(source.getState().actions.copySelection()!, data);
    setClipboardBuffer(undefined);

    const target = createEditorStore({ id: 'other', name: 'Other', timezone: 'UTC', nodes: [], edges: [] });
    target.getState().actions.paste(readFragment(data)!);
    const split = target.getState().journey.nodes.find((n) => n.type === 'split_engagement');
    expect(split?.data).toEqual({ message: 'template-1', metric: 'read' });
  });

  it('uses the in-window buffer when the clipboard has no text, and ignores text that is not a fragment', () => {
    const store = createEditorStore(lineJourney());
    store.getState().actions.select(['bye']);
    writeFragment(store.getState().actions.copySelection()!, null);
    expect(clipboardBuffer()?.nodes.map((n) => n.id)).toEqual(['bye']);
    expect(readFragment(transfer())?.nodes.map((n) => n.id)).toEqual(['bye']);
    expect(readFragment(transfer('just some words'))).toBeUndefined();
    expect(readFragment(transfer('{"format":"wa-journey-fragment","nodes":[{"id":"x","type":"nope"}],"edges":[],"notes":[]}'))).toBeUndefined();
  });

  it('copies and pastes sticky notes too, and edits a note as one undo step per burst of typing', () => {
    const store = createEditorStore(lineJourney());
    const { actions } = store.getState();
    const note = actions.addNote({ x: 0, y: 300 });
    actions.updateNote(note, 'C');
    actions.updateNote(note, 'Ch');
    actions.updateNote(note, 'Check the promo');
    expect(store.getState().history.past).toHaveLength(2);
    actions.select([note]);
    actions.paste(actions.copySelection()!);
    expect(readNotes(store.getState().journey).map((n) => [n.id, n.text])).toEqual([
      [note, 'Check the promo'],
      ['note-2', 'Check the promo'],
    ]);
  });
});

describe('editor store: the canvas projection', () => {
  it('rebuilds only the dragged node, and only the two nodes whose selection changed', () => {
    const store = createEditorStore(lineJourney());
    const { actions } = store.getState();
    const before = store.getState().flowNodes;
    actions.onNodesChange([{ type: 'position', id: 'pause', position: { x: 610, y: 5 }, dragging: true }]);
    const afterDrag = store.getState().flowNodes;
    expect(afterDrag.filter((n, i) => n !== before[i]).map((n) => n.id)).toEqual(['pause']);

    actions.select(['promo']);
    const afterFirst = store.getState().flowNodes;
    actions.select(['hello']);
    const afterSecond = store.getState().flowNodes;
    expect(afterSecond.filter((n, i) => n !== afterFirst[i]).map((n) => n.id)).toEqual(['promo', 'hello']);
    expect(afterSecond.find((n) => n.id === 'hello')?.selected).toBe(true);
  });

  it('lays out every step left to right, entry first', () => {
    const store = createEditorStore(lineJourney());
    store.getState().actions.layout();
    const xs = store.getState().journey.nodes.map((n) => n.position!.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });
});

describe('editor store: room after an inserted step', () => {
  const x = (store: ReturnType<typeof createEditorStore>, nodeId: string) => store.getState().journey.nodes.find((n) => n.id === nodeId)!.position!;

  it('lines the step up after the source of the link and moves the steps after it right, and only those', () => {
    const store = createEditorStore(lineJourney());
    // Dropped at x 850 on the wait (600) -> message (900) link.
    const id = store.getState().actions.addStep('wait_for_reply', { x: 850, y: 37 }, 'e3');
    expect(x(store, id)).toEqual({ x: 600 + 240 + 64, y: 0 });
    expect(x(store, 'hello').x).toBe(904 + 240 + 64);
    expect(x(store, 'bye').x - x(store, 'hello').x).toBe(300);
    expect([x(store, 'in').x, x(store, 'promo').x, x(store, 'pause').x]).toEqual([0, 300, 600]);
  });

  it('moves nothing after it when there is room already', () => {
    const store = createEditorStore(lineJourney());
    const { actions } = store.getState();
    actions.commit(moveElements(store.getState().journey, new Map([['bye', { x: 2000, y: 0 }]])));
    actions.addStep('wait', { x: 1000, y: 400 }, 'e4');
    expect(x(store, 'bye')).toEqual({ x: 2000, y: 0 });
  });
});
