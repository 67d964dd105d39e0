import { act, render, renderHook, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Journey } from '../../../core/journey';
import { getJourney, saveJourney } from '../../../renderer/db';
import { SaveStatus } from '../../../renderer/src/editor/page/SaveStatus';
import { AUTOSAVE_DELAY_MS, AUTOSAVE_RETRY_MS, useAutosave } from '../../../renderer/src/editor/page/use-autosave';
import { createEditorStore } from '../../../renderer/src/editor/store/editor-store';
import type { EditorStore } from '../../../renderer/src/editor/store/editor-store';
import { createI18n } from '../../../renderer/src/i18n/create-i18n';
import { openTestWorkspace } from '../db/test-db';
import { lineJourney } from './journey-builders';

/** Renames the journey: the smallest edit, one undo step. */
function rename(store: EditorStore, name: string) {
  act(() => store.getState().actions.commit({ ...store.getState().journey, name }));
}

/** Lets pending promise callbacks run (the save's then) under fake timers. */
async function settle() {
  await act(async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  });
}

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

beforeEach(() => {
  // Only the clock the hook reads: fake-indexeddb schedules its work with setImmediate.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useAutosave', () => {
  it('saves a change within a second, saying unsaved, saving, then saved', async () => {
    const store = createEditorStore(lineJourney());
    let finish!: () => void;
    const save = vi.fn((_j: Journey) => new Promise<void>((resolve) => (finish = resolve)));
    const { result } = renderHook(() => useAutosave(store, save));
    expect(result.current).toEqual({ status: 'saved' });

    rename(store, 'Renamed');
    expect(result.current).toEqual({ status: 'unsaved' });
    await advance(999);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0].name).toBe('Renamed');
    expect(result.current).toEqual({ status: 'saving' });
    finish();
    await settle();
    expect(result.current).toEqual({ status: 'saved' });
  });

  it('keeps saving at least every second while changes keep coming', async () => {
    const store = createEditorStore(lineJourney());
    const save = vi.fn(async (_j: Journey) => {});
    renderHook(() => useAutosave(store, save));
    // A keystroke every 200 ms for 3 s: a quiet period never comes.
    for (let i = 1; i <= 15; i++) {
      rename(store, `Name ${i}`);
      await advance(200);
    }
    expect(save.mock.calls.length).toBeGreaterThanOrEqual(3);
    const times = save.mock.calls.map((c) => c[0].name);
    expect(times).toContain('Name 5');
    await advance(1000);
    expect(save.mock.calls.at(-1)![0].name).toBe('Name 15');
  });

  it('saves one journey at a time, and a change made during a save right after it', async () => {
    const store = createEditorStore(lineJourney());
    const finishers: (() => void)[] = [];
    const save = vi.fn((_j: Journey) => new Promise<void>((resolve) => finishers.push(resolve)));
    const { result } = renderHook(() => useAutosave(store, save));
    rename(store, 'First');
    await advance(1000);
    rename(store, 'Second');
    await advance(1000);
    expect(save).toHaveBeenCalledTimes(1); // the first save is still running
    finishers[0]!();
    await settle();
    await advance(1000);
    expect(save.mock.calls.map((c) => c[0].name)).toEqual(['First', 'Second']);
    finishers[1]!();
    await settle();
    expect(result.current).toEqual({ status: 'saved' });
  });

  it('reports a failed save and retries it, sooner first, until it succeeds', async () => {
    const store = createEditorStore(lineJourney());
    const save = vi
      .fn(async (_j: Journey) => {})
      .mockRejectedValueOnce(new Error('QuotaExceededError'))
      .mockRejectedValueOnce(new Error('QuotaExceededError again'));
    const { result } = renderHook(() => useAutosave(store, save));
    rename(store, 'Kept');
    await advance(AUTOSAVE_DELAY_MS); // the save starts, and fails at once
    await settle();
    expect(save).toHaveBeenCalledTimes(1);
    expect(result.current).toEqual({ status: 'error', message: 'QuotaExceededError' });

    // A change meanwhile does not hide the error; the retry saves the newest journey.
    rename(store, 'Kept twice');
    expect(result.current.status).toBe('error');
    await advance(AUTOSAVE_RETRY_MS.first - 1);
    expect(save).toHaveBeenCalledTimes(1);
    await advance(1);
    await settle();
    expect(save).toHaveBeenCalledTimes(2);
    expect(result.current).toEqual({ status: 'error', message: 'QuotaExceededError again' });

    // The second retry waits twice as long.
    await advance(2 * AUTOSAVE_RETRY_MS.first - 1);
    expect(save).toHaveBeenCalledTimes(2);
    await advance(1);
    await settle();
    expect(save).toHaveBeenCalledTimes(3);
    expect(save.mock.calls[2]![0].name).toBe('Kept twice');
    expect(result.current).toEqual({ status: 'saved' });
  });

  it('shows the failure in the save status, in words', async () => {
    const store = createEditorStore(lineJourney());
    const save = vi.fn(async (_j: Journey) => {}).mockRejectedValueOnce(new Error('the disk is full'));
    function Status() {
      return <SaveStatus state={useAutosave(store, save)} />;
    }
    render(
      <I18nextProvider i18n={createI18n('fr')}>
        <Status />
      </I18nextProvider>,
    );
    rename(store, 'Plein');
    await advance(1000);
    await settle();
    expect(screen.getByRole('status')).toHaveTextContent('Non enregistré : the disk is full. Nouvel essai…');
    expect(screen.getByRole('status')).toHaveAttribute('data-save-status', 'error');
  });
});

describe('useAutosave with the workspace database', () => {
  it('loses nothing on reload: a change saved by the timer, one by leaving the editor, one by leaving the page', async () => {
    openTestWorkspace();
    await saveJourney(lineJourney());
    const store = createEditorStore(lineJourney());
    const { unmount } = renderHook(() => useAutosave(store, saveJourney));

    rename(store, 'After a second');
    await advance(1000);
    await vi.waitFor(async () => expect((await getJourney('line'))?.journey.name).toBe('After a second'));

    rename(store, 'On page hide');
    act(() => void window.dispatchEvent(new Event('pagehide')));
    await vi.waitFor(async () => expect((await getJourney('line'))?.journey.name).toBe('On page hide'));

    rename(store, 'On leaving');
    unmount();
    // Reload: read back what the database holds.
    await vi.waitFor(async () => expect((await getJourney('line'))?.journey).toEqual({ ...lineJourney(), name: 'On leaving' }));
    expect((await getJourney('line'))?.revision).toBe(4);
  });
});
