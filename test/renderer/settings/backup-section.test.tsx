import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exportWorkspace, listJourneys, saveJourney } from '../../../renderer/db';
import { BackupSection } from '../../../renderer/src/screens/settings/BackupSection';
import { readFileText } from '../../../renderer/src/workspace/download';
import { journey } from '../db/sample-data';
import { openTestWorkspace } from '../db/test-db';
import { renderScreen, textFile } from '../screens/render-screen';

const NOW = Date.parse('2026-12-01T12:00:00Z');
// The section shows once the workspace gate of renderScreen has opened.
const pick = async (file: File) => {
  const input = (await screen.findByTestId('file-.json,application/json')) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
};

beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:backup');
  URL.revokeObjectURL = vi.fn();
});

describe('Settings: workspace backup', () => {
  it('saves the workspace as one backup file', async () => {
    openTestWorkspace(NOW);
    const { user } = renderScreen(<BackupSection confirm={() => true} />);
    await user.click(await screen.findByRole('button', { name: 'Save a backup' }));
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalledTimes(1));
    const blob = vi.mocked(URL.createObjectURL).mock.calls[0]![0] as Blob;
    expect(JSON.parse(await readFileText(blob))).toMatchObject({ formatName: 'dexie' });
  });

  it('restores a backup after confirmation, replacing what was there', async () => {
    openTestWorkspace(NOW);
    await saveJourney(journey('kept', 'Kept in the backup'));
    const backup = await exportWorkspace();
    await saveJourney(journey('later', 'Made after the backup'));
    renderScreen(<BackupSection confirm={() => true} />);
    await pick(new File([await readFileText(backup)], 'workspace.wajourney-backup.json', { type: 'application/json' }));
    expect(await screen.findByRole('status')).toHaveTextContent('The backup was restored.');
    const names = (await listJourneys()).map((j) => j.journey.name);
    expect(names).toContain('Kept in the backup');
    expect(names).not.toContain('Made after the backup');
  });

  it('says in French what is wrong with a file that is no backup, and changes nothing', async () => {
    openTestWorkspace(NOW);
    await saveJourney(journey('j1', 'Still here'));
    renderScreen(<BackupSection confirm={() => true} />, 'fr');
    await pick(textFile('notes.json', '{"hello": 1}'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/n'est pas une sauvegarde|sauvegarde/i);
    expect((await listJourneys()).map((j) => j.journey.name)).toContain('Still here');
  });

  it('does nothing when the user declines the confirmation', async () => {
    openTestWorkspace(NOW);
    await saveJourney(journey('j1', 'Untouched'));
    const confirm = vi.fn(() => false);
    renderScreen(<BackupSection confirm={confirm} />);
    await pick(textFile('notes.json', '{}'));
    expect(confirm).toHaveBeenCalledOnce();
    expect(screen.queryByRole('alert')).toBeNull();
    expect((await listJourneys()).map((j) => j.journey.name)).toContain('Untouched');
  });
});
