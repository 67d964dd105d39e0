import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getJourney, listJourneys, saveJourney, saveTemplate } from '../../../renderer/db';
import { useNavStore } from '../../../renderer/src/app/nav-store';
import { JourneysScreen } from '../../../renderer/src/screens/journeys/JourneysScreen';
import { journey, template } from '../db/sample-data';
import { openTestWorkspace } from '../db/test-db';
import { renderScreen, textFile } from './render-screen';

const NOW = Date.parse('2026-12-01T12:00:00Z');

beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:journey');
  URL.revokeObjectURL = vi.fn();
});

const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('Journeys screen', () => {
  it('lists the sample journeys on first start, with their findings and when they were edited', async () => {
    openTestWorkspace(NOW);
    renderScreen(<JourneysScreen />);
    expect(await screen.findByRole('button', { name: 'Open Welcome series' })).toBeInTheDocument();
    expect(rows()).toHaveLength(2);
    expect(screen.getAllByText('No problem found')).toHaveLength(2);
    expect(screen.getAllByText('now')).toHaveLength(2);
  });

  it('counts errors and warnings with the workspace templates, in French too', async () => {
    const ws = openTestWorkspace(NOW);
    await saveTemplate(template('pending_one', 'fr', 'PENDING'));
    await saveJourney({
      ...journey('j1', 'Broken'),
      nodes: [
        { id: 'n1', type: 'entry', position: { x: 0, y: 0 }, data: { source: 'audience' } },
        { id: 'n2', type: 'whatsapp_template', position: { x: 0, y: 0 }, data: { template: 'pending_one', language: 'fr', parameters: { '1': 'x' } } },
        { id: 'n3', type: 'wait_for_reply', position: { x: 0, y: 0 }, data: { timeout: { amount: 1, unit: 'days' } } },
      ],
      edges: [{ id: 'e1', source: 'n1', sourceHandle: 'out', target: 'n2' }, { id: 'e2', source: 'n2', sourceHandle: 'out', target: 'n3' }],
    } as never);
    ws.clock.now += 3 * 3600_000;
    renderScreen(<JourneysScreen />, 'fr');
    const row = (await screen.findByRole('button', { name: 'Ouvrir Broken' })).closest('tr')!;
    expect(within(row).getByText('2 erreurs')).toBeInTheDocument();
    expect(within(row).getByText('1 avertissement')).toBeInTheDocument();
    expect(within(row).getByText('il y a 3 heures')).toBeInTheDocument();
  });

  it('searches by name, ignoring case and accents', async () => {
    openTestWorkspace(NOW);
    await saveJourney(journey('a', 'Relance été'));
    await saveJourney(journey('b', 'Bienvenue'));
    const { user } = renderScreen(<JourneysScreen />);
    await screen.findByRole('button', { name: 'Open Bienvenue' });
    await user.type(screen.getByRole('searchbox', { name: 'Search journeys' }), 'ETE');
    expect(rows()).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Open Relance été' })).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'zzz');
    expect(screen.getByText('No journey matches “zzz”.')).toBeInTheDocument();
  });

  it('renames in place from the keyboard, and Escape cancels', async () => {
    openTestWorkspace(NOW);
    await saveJourney(journey('a', 'Old name'));
    const { user } = renderScreen(<JourneysScreen />);
    await user.click(await screen.findByRole('button', { name: 'Rename Old name' }));
    const field = screen.getByRole('textbox', { name: 'New name for Old name' });
    expect(field).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Rename Old name' }));
    await user.clear(screen.getByRole('textbox', { name: 'New name for Old name' }));
    await user.keyboard('New name{Enter}');
    expect(await screen.findByRole('button', { name: 'Open New name' })).toBeInTheDocument();
    expect((await getJourney('a'))?.journey.name).toBe('New name');
  });

  it('duplicates a journey under a new id', async () => {
    openTestWorkspace(NOW);
    await saveJourney(journey('a', 'Promo'));
    const { user } = renderScreen(<JourneysScreen />);
    await user.click(await screen.findByRole('button', { name: 'Duplicate Promo' }));
    expect(await screen.findByRole('button', { name: 'Open Promo (copy)' })).toBeInTheDocument();
    expect((await listJourneys()).map((s) => s.journey.id).sort()).toEqual(['a', 'id-1']);
  });

  it('deletes with an Undo that brings the journey back', async () => {
    openTestWorkspace(NOW);
    await saveJourney(journey('a', 'Keep me'));
    await saveJourney(journey('b', 'Other'));
    const { user } = renderScreen(<JourneysScreen />);
    await user.click(await screen.findByRole('button', { name: 'Delete Keep me' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Open Keep me' })).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent('“Keep me” deleted.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('button', { name: 'Open Keep me' })).toBeInTheDocument();
    expect((await getJourney('a'))?.revision).toBe(1);
  });

  it('imports a journey file, and shows each problem of a bad one while changing nothing', async () => {
    openTestWorkspace(NOW);
    await saveJourney(journey('kept', 'Kept'));
    const { user } = renderScreen(<JourneysScreen />);
    await screen.findByRole('button', { name: 'Open Kept' });
    const input = screen.getByLabelText('Import a journey file', { selector: 'input' });

    const bad = { format: 'wa-journey', version: 1, journey: { ...journey('x', 'Bad'), nodes: [{ id: 'n1', type: 'wait', data: { mode: 'duration', duration: { amount: 1, unit: 'weeks' } } }] } };
    await user.upload(input, textFile('bad.journey.json', JSON.stringify(bad)));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('bad.journey.json was not imported: nothing was changed.');
    expect(alert).toHaveTextContent('bad.journey.json, line 1, column');
    expect(alert).toHaveTextContent('field journey.nodes[0].data.duration.unit: expected "minutes", "hours", or "days", got "weeks"');
    expect(await listJourneys()).toHaveLength(1);

    await user.upload(input, textFile('good.journey.json', JSON.stringify({ format: 'wa-journey', version: 1, journey: journey('new', 'Imported one') })));
    expect(await screen.findByRole('button', { name: 'Open Imported one' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('“Imported one” imported.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('exports the journey file as a download', async () => {
    openTestWorkspace(NOW);
    await saveJourney(journey('a', 'Export me'));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = renderScreen(<JourneysScreen />);
    await user.click(await screen.findByRole('button', { name: 'Export Export me' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('export-me.journey.json');
    const blob = vi.mocked(URL.createObjectURL).mock.calls[0]![0] as Blob;
    expect(blob.size).toBeGreaterThan(100);
  });

  it('creates a journey and opens it in the editor', async () => {
    openTestWorkspace(NOW);
    const openJourney = vi.fn();
    useNavStore.setState({ openJourney } as never);
    const { user } = renderScreen(<JourneysScreen />);
    await screen.findAllByRole('row');
    await user.click(screen.getByRole('button', { name: 'New journey' }));
    await waitFor(() => expect(openJourney).toHaveBeenCalledTimes(1));
    const id = openJourney.mock.calls[0]![0] as string;
    expect((await getJourney(id))?.journey).toMatchObject({ name: 'New journey', nodes: [{ type: 'entry' }] });
  });
});
