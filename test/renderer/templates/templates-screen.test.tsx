import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Template } from '../../../core/whatsapp/template';
import { listTemplates } from '../../../renderer/db';
import { TemplatesScreen } from '../../../renderer/src/screens/templates/TemplatesScreen';
import { ensureWorkspace } from '../../../renderer/src/workspace/first-start';
import { injectWriteFaults } from '../db/failing-writes';
import { openTestWorkspace } from '../db/test-db';
import { renderScreen, textFile } from '../screens/render-screen';

const imported = (name: string, language: string): Template => ({
  name, language, category: 'UTILITY', status: 'DRAFT', businessUnit: 'bu-demo', components: { body: { text: `Bonjour {{1}} (${language})` } },
});

describe('Templates screen import', () => {
  it('changes nothing when the database fails midway through the file, and says why', async () => {
    const ws = openTestWorkspace();
    const faults = injectWriteFaults(ws.db, 'templates');
    await ensureWorkspace();
    renderScreen(<TemplatesScreen />);
    const table = await screen.findByRole('table', { name: 'Your templates' });
    const before = await listTemplates();
    const rowsBefore = within(table).getAllByRole('row').length;

    faults.failAfter(1);
    const file = [imported('autumn', 'fr'), imported('autumn', 'en'), imported('winter', 'fr')];
    fireEvent.change(screen.getByLabelText('Import templates (JSON)'), { target: { files: [textFile('three.json', JSON.stringify(file))] } });
    expect(await screen.findByText('Nothing was imported, the library is as it was: QuotaExceededError: the disk is full')).toBeInTheDocument();

    expect(await listTemplates()).toEqual(before);
    expect(within(table).getAllByRole('row')).toHaveLength(rowsBefore);
    expect(within(table).queryByRole('rowheader', { name: 'autumn' })).toBeNull();
  });

  it('adds every template of a good file to the table', async () => {
    openTestWorkspace();
    renderScreen(<TemplatesScreen />);
    await screen.findByRole('table', { name: 'Your templates' });
    const file = [imported('autumn', 'fr'), imported('autumn', 'en')];
    fireEvent.change(screen.getByLabelText('Import templates (JSON)'), { target: { files: [textFile('two.json', JSON.stringify(file))] } });
    expect(await screen.findByText('2 templates imported.')).toBeInTheDocument();
    expect(await screen.findAllByRole('rowheader', { name: 'autumn' })).toHaveLength(2);
  });
});
