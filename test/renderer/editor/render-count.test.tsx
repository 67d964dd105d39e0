/**
 * Deterministic render counts: every StepNode render calls useStepStatus once, so counting
 * its calls per step counts the step's renders. Drag frames and selection changes are fed to
 * the store exactly as React Flow reports them.
 */
import { act, screen } from '@testing-library/react';
import { useReactFlow } from '@xyflow/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FAR_ZOOM } from '../../../renderer/src/editor/canvas/far-view';
import { JourneyCanvas } from '../../../renderer/src/editor/canvas/JourneyCanvas';
import type * as StepStatusModule from '../../../renderer/src/editor/nodes/use-step-status';
import { chainJourney, renderWithEditor } from './render-editor';

const renders = vi.hoisted(() => new Map<string, number>());

vi.mock('../../../renderer/src/editor/nodes/use-step-status', async (importOriginal) => {
  const original = await importOriginal<typeof StepStatusModule>();
  return {
    ...original,
    useStepStatus: (id: string) => {
      renders.set(id, (renders.get(id) ?? 0) + 1);
      return original.useStepStatus(id);
    },
  };
});

const counted = () => Object.fromEntries([...renders].filter(([, n]) => n > 0));

/** Hands the test React Flow's zoom, as the zoom buttons and the wheel would set it. */
function ZoomHandle({ into }: { into: { zoom?: (zoom: number) => void } }) {
  const flow = useReactFlow();
  into.zoom = (zoom) => void flow.setViewport({ x: 0, y: 0, zoom });
  return null;
}

describe('canvas render counts', () => {
  beforeEach(() => renders.clear());

  it('draws every step once to begin with', async () => {
    renderWithEditor(chainJourney(30));
    await act(async () => {});
    expect(renders.size).toBe(31);
  });

  it('re-renders only the dragged step, once per frame', async () => {
    const { store } = renderWithEditor(chainJourney(30));
    await act(async () => {});
    renders.clear();
    const frames = 40;
    for (let frame = 1; frame <= frames; frame++) {
      act(() => store.getState().actions.onNodesChange([{ type: 'position', id: 'n12', position: { x: 1800 + frame * 3, y: 400 + frame * 2 }, dragging: true }]));
    }
    act(() => store.getState().actions.onNodesChange([{ type: 'position', id: 'n12', position: { x: 1920, y: 480 }, dragging: false }]));
    expect(counted()).toEqual({ n12: frames + 1 });
  });

  it('re-renders no step when the zoom crosses into the far view and back (the canvas restyles them)', async () => {
    const handle: { zoom?: (zoom: number) => void } = {};
    renderWithEditor(
      chainJourney(30),
      <>
        <JourneyCanvas label="Journey canvas" />
        <ZoomHandle into={handle} />
      </>,
    );
    await act(async () => {});
    const canvas = screen.getByRole('region', { name: 'Journey canvas' });
    act(() => handle.zoom?.(1));
    expect(canvas.classList.contains('is-far')).toBe(false);
    renders.clear();
    act(() => handle.zoom?.(FAR_ZOOM / 2));
    expect(canvas.classList.contains('is-far')).toBe(true);
    act(() => handle.zoom?.(FAR_ZOOM * 0.9));
    act(() => handle.zoom?.(1));
    expect(canvas.classList.contains('is-far')).toBe(false);
    expect(counted()).toEqual({});
  });

  it('re-renders at most the two steps whose selection changed', async () => {
    const { store } = renderWithEditor(chainJourney(30));
    await act(async () => {});
    act(() => store.getState().actions.onNodesChange([{ type: 'select', id: 'n3', selected: true }]));
    renders.clear();
    act(() =>
      store.getState().actions.onNodesChange([
        { type: 'select', id: 'n3', selected: false },
        { type: 'select', id: 'n20', selected: true },
      ]),
    );
    expect(counted()).toEqual({ n3: 1, n20: 1 });
  });

  it('re-renders no step for an edit elsewhere in the journey (a new step renders alone)', async () => {
    const { store } = renderWithEditor(chainJourney(10));
    await act(async () => {});
    renders.clear();
    let id = '';
    act(() => {
      id = store.getState().actions.addStep('exit', { x: 0, y: 400 });
    });
    // The new step is selected as it is added: it renders, and nothing else does.
    expect(Object.keys(counted())).toEqual([id]);
  });
});
