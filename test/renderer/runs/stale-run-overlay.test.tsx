/**
 * A run keeps playing the revision it started with, so its counts can name steps and links the
 * journey on the canvas no longer has (renamed or deleted since): the canvas draws the counts of
 * the steps it still has and leaves the others out, without failing.
 */
import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { JourneyCanvas } from '../../../renderer/src/editor/canvas/JourneyCanvas';
import { CanvasOverlay } from '../../../renderer/src/editor/overlay/CanvasOverlay';
import { clearOverlay } from '../../../renderer/src/editor/overlay/overlay-store';
import { putRun, resetRuns } from '../../../renderer/src/runs/runs-store';
import { useRunOverlay } from '../../../renderer/src/runs/use-run-overlay';
import { renderWithEditor } from '../editor/render-editor';
import { sampleInput } from '../simulation/sample';
import { nodeCounts, runSnapshot } from './run-fixtures';

afterEach(() => {
  resetRuns();
  clearOverlay();
});

function RunOverlay({ journeyId }: { journeyId: string }) {
  useRunOverlay(journeyId);
  return null;
}

describe("a run's counts on a journey edited since it started", () => {
  it('draws the steps still there and ignores the ones that are gone', async () => {
    const journey = sampleInput().journey;
    const kept = journey.nodes[0]!.id;
    const keptEdge = journey.edges[0]!.id;
    putRun(runSnapshot({
      journeyId: journey.id,
      nodes: { [kept]: nodeCounts({ entered: 42 }), 'step-deleted-since': nodeCounts({ entered: 40, sent: 40, delivered: 39, failed: 1 }) },
      edges: { [keptEdge]: 42, 'link-deleted-since': 40 },
      errors: { '131026': 1 },
    }));
    const { container } = renderWithEditor(
      journey,
      <>
        <JourneyCanvas label="Journey canvas" />
        <CanvasOverlay />
        <RunOverlay journeyId={journey.id} />
      </>,
    );
    await waitFor(() => expect(container.querySelector(`[data-overlay-step="${kept}"]`)).not.toBeNull(), { timeout: 10_000 });
    expect(container.querySelector(`[data-overlay-step="${kept}"] [data-count="entered"]`)?.getAttribute('data-value')).toBe('42');
    expect(container.querySelector('[data-overlay-step="step-deleted-since"]')).toBeNull();
    expect(container.querySelector('[data-overlay-edge="link-deleted-since"]')).toBeNull();
    expect(container.querySelector(`[data-overlay-edge="${keptEdge}"]`)?.getAttribute('data-value')).toBe('42');
    // The canvas still draws every step of the journey as it is now.
    expect(container.querySelectorAll('.react-flow__node')).toHaveLength(journey.nodes.length);
  }, 20_000);
});
