import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { clearOverlay, useCanvasOverlay } from '../../../renderer/src/editor/overlay/overlay-store';
import { createI18n } from '../../../renderer/src/i18n/create-i18n';
import { putRun, resetRuns } from '../../../renderer/src/runs/runs-store';
import { useRunOverlay } from '../../../renderer/src/runs/use-run-overlay';
import { runSnapshot } from './run-fixtures';

const i18n = createI18n('en');
const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;

afterEach(() => {
  resetRuns();
  clearOverlay();
});

describe("a run's counts on its journey's canvas", () => {
  it("draws the links as thick as the run's own counts of contacts per link", () => {
    putRun(runSnapshot({ edges: { 'e-start-promo': 150, 'e-promo-done': 106 } }));
    renderHook(() => useRunOverlay('promo'), { wrapper });
    const overlay = useCanvasOverlay.getState();
    expect(overlay.journeyId).toBe('promo');
    expect(overlay.edges).toEqual({ 'e-start-promo': 150, 'e-promo-done': 106 });
    expect(overlay.steps.promo).toMatchObject({ sent: 120, failed: 4 });
  });

  it('draws no link counts for a run reported before links were counted', () => {
    putRun(runSnapshot());
    renderHook(() => useRunOverlay('promo'), { wrapper });
    expect(useCanvasOverlay.getState().edges).toEqual({});
    expect(useCanvasOverlay.getState().steps.start).toEqual({ entered: 150 });
  });
});
