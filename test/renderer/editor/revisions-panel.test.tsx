import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { getJourney, saveJourney } from '../../../renderer/db';
import { RevisionsPanel } from '../../../renderer/src/editor/revisions/RevisionsPanel';
import { openTestWorkspace } from '../db/test-db';
import { editedLineJourney, lineJourney } from './journey-builders';
import { renderWithEditor } from './render-editor';

/** Whole screens in jsdom over fake-indexeddb take seconds when the whole suite runs at once. */
const SLOW = 20_000;

const HOUR = 3_600_000;

const editedJourney = editedLineJourney;

/** Three saved revisions (1: the line, 2: edited, 3: renamed only) and an editor on the newest. */
async function renderPanel(onClose = vi.fn()) {
  const ws = openTestWorkspace(Date.UTC(2026, 2, 2, 9));
  await saveJourney(lineJourney());
  ws.clock.now += HOUR;
  await saveJourney(editedJourney());
  ws.clock.now += HOUR;
  const newest = { ...editedJourney(), name: 'Line (final)' };
  await saveJourney(newest);
  const view = renderWithEditor(newest, <RevisionsPanel onClose={onClose} />);
  await screen.findAllByText('Revision 3', {}, { timeout: 5000 });
  return { ...view, user: userEvent.setup(), onClose };
}

const canvas = (revision: number) => screen.getByRole('region', { name: `Revision ${revision}` });
const step = (region: HTMLElement, id: string) => region.querySelector<HTMLElement>(`[data-step-id="${id}"]`);
const marked = (region: HTMLElement) =>
  [...region.querySelectorAll<HTMLElement>('[data-step-id]')].flatMap((el) => {
    const mark = el.querySelector('.step-mark')?.textContent;
    return mark ? [`${el.dataset.stepId}:${mark}`] : [];
  }).sort();

describe('RevisionsPanel', { timeout: SLOW }, () => {
  it('lists every revision newest first, and compares the newest with the one before it', async () => {
    await renderPanel();
    const older = screen.getByRole('combobox', { name: 'Older' });
    const newer = screen.getByRole('combobox', { name: 'Newer' });
    expect(within(older).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Revision 3 · Mar 2, 2026, 11:00 AM',
      'Revision 2 · Mar 2, 2026, 10:00 AM',
      'Revision 1 · Mar 2, 2026, 9:00 AM',
    ]);
    expect(older).toHaveValue('2');
    expect(newer).toHaveValue('3');
    // Only the name changed between 2 and 3: no step differs.
    expect(await screen.findByText('No step differs.')).toBeInTheDocument();
    expect(marked(canvas(2))).toEqual([]);
    expect(marked(canvas(3))).toEqual([]);
  });

  it('shows two revisions side by side with added, removed and changed steps marked', async () => {
    const { user } = await renderPanel();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Older' }), '1');
    expect(await screen.findByText('1 added, 1 removed, 1 changed')).toBeInTheDocument();
    await waitFor(() => expect(marked(canvas(1))).toEqual(['pause:Removed', 'promo:Changed']));
    expect(marked(canvas(3))).toEqual(['ask:Added', 'promo:Changed']);
    expect(step(canvas(1), 'pause')).toHaveClass('mark-removed');
    expect(step(canvas(3), 'ask')).toHaveClass('mark-added');
    expect(step(canvas(3), 'promo')).toHaveClass('mark-changed');
    // Steps not in a revision are not on its canvas.
    expect(step(canvas(1), 'ask')).toBeNull();
    expect(step(canvas(3), 'pause')).toBeNull();
  });

  it('marks by age, whichever side the older revision is picked on', async () => {
    const { user } = await renderPanel();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Older' }), '3');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Newer' }), '1');
    expect(await screen.findByText('1 added, 1 removed, 1 changed')).toBeInTheDocument();
    // Revision 1 is still the older one: 'pause' was removed after it, 'ask' added.
    await waitFor(() => expect(marked(canvas(1))).toEqual(['pause:Removed', 'promo:Changed']));
    expect(marked(canvas(3))).toEqual(['ask:Added', 'promo:Changed']);
  });

  it('restores a revision as an edit that undo takes back', async () => {
    const { user, store } = await renderPanel();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Older' }), '1');
    await user.click(await screen.findByRole('button', { name: 'Restore revision 1' }));
    expect(screen.getByText('Revision 1 restored. Undo brings back what you had.')).toBeInTheDocument();
    expect(store.getState().journey).toEqual(lineJourney());
    store.getState().actions.undo();
    expect(store.getState().journey).toEqual({ ...editedJourney(), name: 'Line (final)' });
  });

  it('lists a revision saved while it is open (the save a restore makes)', async () => {
    const { user, store } = await renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Restore revision 2' }));
    await saveJourney(store.getState().journey);
    const older = screen.getByRole('combobox', { name: 'Older' });
    await waitFor(() => expect(within(older).getAllByRole('option').map((o) => (o as HTMLOptionElement).value)).toEqual(['4', '3', '2', '1']));
    // The comparison on screen stays the one picked.
    expect(older).toHaveValue('2');
    expect(screen.getByRole('combobox', { name: 'Newer' })).toHaveValue('3');
  });

  it('closes with its button or Escape, focusing the close button on open', async () => {
    const { user, onClose } = await renderPanel();
    const close = screen.getByRole('button', { name: 'Close revisions' });
    expect(close).toHaveFocus();
    await user.keyboard('{Escape}');
    await user.click(close);
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('dialog', { name: 'Revisions' })).toBeInTheDocument();
  });

  it('says so when there is no revision yet', async () => {
    openTestWorkspace();
    renderWithEditor(lineJourney(), <RevisionsPanel onClose={() => {}} />);
    expect(await screen.findByText('No revisions yet: each save keeps one.')).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(await getJourney('line')).toBeUndefined();
  });
});
