import { describe, expect, it } from 'vitest';
import type { JourneyNode } from '../../../core/journey';
import { createEditorStore } from '../../../renderer/src/editor/store/editor-store';
import { HISTORY_LIMIT } from '../../../renderer/src/editor/store/history';
import { lineJourney } from './journey-builders';

describe('editor store: undo and redo', () => {
  it('undoes and redoes every kind of change, back to the exact journey', () => {
    const store = createEditorStore(lineJourney());
    const { actions } = store.getState();
    const start = store.getState().journey;

    actions.addStep('wait', { x: 10, y: 10 });
    const afterAdd = store.getState().journey;
    actions.select(['pause']);
    actions.deleteSelection();
    const afterDelete = store.getState().journey;
    actions.addNote({ x: 0, y: 300 });
    actions.layout();
    expect(store.getState().history.past).toHaveLength(4);

    actions.undo();
    actions.undo();
    expect(store.getState().journey).toBe(afterDelete);
    actions.undo();
    expect(store.getState().journey).toBe(afterAdd);
    actions.undo();
    expect(store.getState().journey).toBe(start);
    actions.undo(); // nothing more to undo: no change
    expect(store.getState().journey).toBe(start);

    actions.redo();
    actions.redo();
    expect(store.getState().journey).toBe(afterDelete);
  });

  it('forgets the redo branch after a new change', () => {
    const store = createEditorStore(lineJourney());
    const { actions } = store.getState();
    actions.addStep('exit', { x: 0, y: 0 });
    actions.undo();
    actions.addStep('wait', { x: 0, y: 0 });
    expect(store.getState().history.future).toHaveLength(0);
    actions.redo();
    expect(store.getState().journey.nodes.at(-1)?.type).toBe('wait');
  });

  it('makes one undo step of a whole drag, however many frames it has', () => {
    const store = createEditorStore(lineJourney());
    const { actions } = store.getState();
    for (let frame = 1; frame <= 30; frame++) {
      actions.onNodesChange([{ type: 'position', id: 'promo', position: { x: 300 + frame, y: frame }, dragging: true }]);
    }
    actions.onNodesChange([{ type: 'position', id: 'promo', position: { x: 400, y: 50 }, dragging: false }]);
    expect(store.getState().dragging).toBe(false);
    expect(store.getState().journey.nodes[1]?.position).toEqual({ x: 400, y: 50 });
    expect(store.getState().history.past).toHaveLength(1);
    actions.undo();
    expect(store.getState().journey.nodes[1]?.position).toEqual({ x: 300, y: 0 });
  });

  it('groups consecutive edits with one key (typing in one field) into one step', () => {
    const store = createEditorStore(lineJourney());
    const { actions } = store.getState();
    for (const text of ['H', 'He', 'Hel', 'Hello']) {
      const journey = store.getState().journey;
      actions.commit(
        { ...journey, nodes: journey.nodes.map((n): JourneyNode => (n.id === 'hello' ? { id: 'hello', type: 'whatsapp_session', position: n.position, data: { message: { kind: 'text', text } } } : n)) },
        'node:hello',
      );
    }
    expect(store.getState().history.past).toHaveLength(1);
    actions.undo();
    expect(store.getState().journey).toEqual(lineJourney());
  });

  it('keeps selection, sizes and findings out of the history', () => {
    const store = createEditorStore(lineJourney());
    const { actions } = store.getState();
    actions.select(['promo']);
    actions.onNodesChange([{ type: 'dimensions', id: 'promo', dimensions: { width: 240, height: 90 } }]);
    actions.setFindings([{ rule: 'structure.cycle', severity: 'error', node: 'promo', message: 'x' }]);
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('bounds the history', () => {
    const store = createEditorStore(lineJourney());
    const { actions } = store.getState();
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) actions.addStep('exit', { x: i, y: 0 });
    expect(store.getState().history.past).toHaveLength(HISTORY_LIMIT);
  });

  it('refuses every edit when read-only (a revision being compared)', () => {
    const store = createEditorStore(lineJourney(), { readOnly: true });
    const { actions } = store.getState();
    actions.addStep('exit', { x: 0, y: 0 });
    actions.onNodesChange([{ type: 'position', id: 'promo', position: { x: 1, y: 1 }, dragging: true }]);
    expect(actions.connect({ source: 'bye', target: 'in' })).toBe(false);
    expect(store.getState().journey).toEqual(lineJourney());
  });
});

describe('editor store: the settled journey', () => {
  it('follows every edit but holds still during a drag, so a drag is validated and saved once', () => {
    const store = createEditorStore(lineJourney());
    const { actions } = store.getState();
    const before = store.getState().settled;
    actions.onNodesChange([{ type: 'position', id: 'promo', position: { x: 310, y: 0 }, dragging: true }]);
    actions.onNodesChange([{ type: 'position', id: 'promo', position: { x: 320, y: 0 }, dragging: true }]);
    expect(store.getState().settled).toBe(before);
    actions.onNodesChange([{ type: 'position', id: 'promo', position: { x: 330, y: 0 }, dragging: false }]);
    expect(store.getState().settled).toBe(store.getState().journey);
    actions.addStep('exit', { x: 0, y: 0 });
    expect(store.getState().settled).toBe(store.getState().journey);
  });
});
