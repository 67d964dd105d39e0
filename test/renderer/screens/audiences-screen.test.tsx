import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getContactsPage, listAudiences } from '../../../renderer/db';
import { AudiencesScreen } from '../../../renderer/src/screens/audiences/AudiencesScreen';
import { openTestWorkspace } from '../db/test-db';
import { renderScreen, textFile } from './render-screen';

const NOW = Date.parse('2026-12-01T12:00:00Z');

describe('Audiences screen', () => {
  it('lists the sample audience with its consent summary, and pages its contacts 100 at a time', async () => {
    openTestWorkspace(NOW);
    const { user } = renderScreen(<AudiencesScreen />);
    const open = await screen.findByRole('button', { name: 'View contacts of Maison Dupont customers (sample)' });
    const row = open.closest('tr')!;
    expect(within(row).getAllByRole('cell').slice(0, 3).map((c) => c.textContent)).toEqual(['200', '195', '152']);

    await user.click(open);
    expect(await screen.findByText('Contacts 1–100 of 200')).toBeInTheDocument();
    expect(await screen.findByRole('rowheader', { name: '+33612341000' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Contacts 101–200 of 200')).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(101));
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
  });

  it('imports a CSV through the column mapping step, listing bad rows with their line numbers', async () => {
    openTestWorkspace(NOW);
    const { user } = renderScreen(<AudiencesScreen />);
    await screen.findByRole('table');
    const csv = ['Mobile,Opt-in,first_name', '+33612345001,yes,Ana', 'not a phone,yes,Bob', '+33612345003,no,Chloé', ''].join('\n');
    await user.upload(screen.getByLabelText('Import contacts from CSV', { selector: 'input' }), textFile('clients.csv', csv, 'text/csv'));

    // Headers that are not the spec's names are mapped by hand; phone is required.
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose the column that holds the phone number.');
    await user.selectOptions(screen.getByLabelText('phone'), 'Mobile');
    await user.selectOptions(screen.getByLabelText('whatsapp_opt_in'), 'Opt-in');
    expect(screen.getByText('Attributes: first_name')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import' }));

    expect(await screen.findByText('2 contacts imported into “clients”; 1 rows skipped.')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute('value', '1');
    expect(screen.getByRole('region', { name: 'Rows skipped' })).toHaveTextContent(/Line 3 · Mobile: /);

    const clients = (await listAudiences()).find((a) => a.name === 'clients')!;
    expect(clients).toMatchObject({ count: 2, attributes: ['first_name'], consent: { whatsappOptIn: 1 } });
    expect((await getContactsPage(clients.id, 0, 100)).map((c) => c.attributes.first_name)).toEqual(['Ana', 'Chloé']);
  });

  it('writes nothing for a file with no usable row', async () => {
    const ws = openTestWorkspace(NOW);
    const { user } = renderScreen(<AudiencesScreen />);
    await screen.findByRole('table');
    const before = await ws.db.contacts.count();
    await user.upload(screen.getByLabelText('Import contacts from CSV', { selector: 'input' }), textFile('bad.csv', 'phone\nnope\n', 'text/csv'));
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/The import failed and was undone/)).toBeInTheDocument();
    expect(await ws.db.contacts.count()).toBe(before);
    expect(await listAudiences()).toHaveLength(1);
  });

  it('says in French why nothing was imported, from core’s reason', async () => {
    const ws = openTestWorkspace(NOW);
    const { user } = renderScreen(<AudiencesScreen />, 'fr');
    await screen.findByRole('table');
    const before = await ws.db.contacts.count();
    await user.upload(screen.getByLabelText('Importer des contacts depuis un CSV', { selector: 'input' }), textFile('mauvais.csv', 'phone\nnope\n', 'text/csv'));
    await user.click(await screen.findByRole('button', { name: 'Importer' }));
    expect(await screen.findByText('L’import a échoué et a été annulé : pas un numéro de téléphone : lettres ou symboles dans « nope »')).toBeInTheDocument();
    expect(await ws.db.contacts.count()).toBe(before);
  });

  it('speaks French', async () => {
    openTestWorkspace(NOW);
    renderScreen(<AudiencesScreen />, 'fr');
    expect(await screen.findByRole('button', { name: 'Voir les contacts de Maison Dupont customers (sample)' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Consentement marketing' })).toBeInTheDocument();
  });
});
