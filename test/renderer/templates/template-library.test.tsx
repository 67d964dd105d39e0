import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Template } from '../../../core/whatsapp/template';
import type { TemplateEntry } from '../../../renderer/db';
import type { TemplateStore } from '../../../renderer/src/screens/templates/save-template';
import { TemplateLibrary } from '../../../renderer/src/screens/templates/TemplateLibrary';
import { renderWithI18n } from '../preview/render-with-i18n';

const NOW = Date.UTC(2026, 5, 1, 12);
const HOUR = 3_600_000;
const approved: Template = { name: 'promo', language: 'fr', category: 'MARKETING', status: 'APPROVED', businessUnit: 'bu-demo', components: { body: { text: 'Bonjour {{1}}, -20 % ce week-end.' } } };

/** An in-memory store keeping revisions as the workspace does (newest first). */
function fakeStore(revisions: Template[]) {
  const saved: Template[] = [];
  const store: TemplateStore = {
    listRevisions: async () => [...saved].reverse().concat(revisions).map((template) => ({ template })),
    save: async (template) => {
      saved.push(template);
    },
  };
  return { store, saved };
}

/** As listTemplateEntries: the approved revision (else the newest) and the newest; `revisions` newest first. */
export function entryOf(revisions: Template[]): TemplateEntry {
  const usedAt = Math.max(0, revisions.findIndex((r) => r.status === 'APPROVED'));
  return { template: revisions[usedAt]!, revision: revisions.length - usedAt, latest: { template: revisions[0]!, revision: revisions.length, savedAt: NOW } };
}

function renderLibrary(revisions: Template[] = [approved], onImport = vi.fn(async (_t: Template[]) => {})) {
  const { store, saved } = fakeStore(revisions);
  const view = renderWithI18n(<TemplateLibrary entries={[entryOf(revisions)]} units={['bu-demo']} store={store} onImport={onImport} now={() => NOW} />);
  return { ...view, saved, onImport };
}

async function editBody(user: ReturnType<typeof renderLibrary>['user'], extra: string) {
  await user.click(screen.getByRole('button', { name: 'Edit promo (fr)' }));
  await user.type(screen.getByRole('textbox', { name: 'Body' }), extra);
  await user.click(screen.getByRole('button', { name: 'Save' }));
}

describe('TemplateLibrary', () => {
  it('lists templates with category, language, status and business unit', () => {
    renderLibrary();
    const row = screen.getByRole('row', { name: /promo/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['fr', 'Marketing', 'Approved', 'bu-demo', '✎']);
  });

  it('sends an edit of an approved template back to review as a new revision', async () => {
    const { user, saved } = renderLibrary();
    await editBody(user, ' Merci.');
    expect(saved).toEqual([{ ...approved, status: 'PENDING', editedAt: NOW, components: { body: { text: 'Bonjour {{1}}, -20 % ce week-end. Merci.' } } }]);
    expect(await screen.findByRole('alert')).toHaveTextContent('the edit went back to review');
  });

  it('refuses a second edit within a day, saying when the next is possible', async () => {
    const { user, saved } = renderLibrary([approved, { ...approved, editedAt: NOW - 2 * HOUR }]);
    await editBody(user, ' Encore.');
    expect(saved).toEqual([]);
    expect(await screen.findByRole('alert')).toHaveTextContent(/one edit a day: the next is possible from June 2, 2026/);
  });

  it('creates a new template as a draft (sending it to review needs a channel: see template-review tests)', async () => {
    const { user, saved } = renderLibrary();
    await user.click(screen.getByRole('button', { name: 'New template' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'welcome_back');
    await user.type(screen.getByRole('textbox', { name: 'Body' }), 'Bon retour parmi nous.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Business unit' }), 'bu-demo');
    await user.click(screen.getByRole('button', { name: 'Submit for review' }));
    expect(saved).toEqual([{ name: 'welcome_back', language: 'en', category: 'MARKETING', status: 'DRAFT', businessUnit: 'bu-demo', components: { body: { text: 'Bon retour parmi nous.' } } }]);
  });

  it('imports nothing from a file with problems and lists them with their paths', async () => {
    const { onImport } = renderLibrary();
    const bad = JSON.stringify([{ ...approved, category: 'PROMO' }, { name: 'x' }]);
    fireEvent.change(screen.getByLabelText('Import templates (JSON)'), { target: { files: [new File([bad], 'bad.json', { type: 'application/json' })] } });
    const alert = await screen.findByText('Nothing was imported: the file has problems.');
    expect(alert.closest('[role="alert"]')).toHaveTextContent('[0].category');
    expect(onImport).not.toHaveBeenCalled();
  });

  it('says the problems of a bad file in French, with the file and the field', async () => {
    const { store } = fakeStore([approved]);
    renderWithI18n(<TemplateLibrary entries={[entryOf([approved])]} units={['bu-demo']} store={store} onImport={vi.fn(async () => {})} now={() => NOW} />, 'fr');
    const bad = JSON.stringify([{ ...approved, category: 'PROMO' }]);
    fireEvent.change(screen.getByLabelText('Importer des modèles (JSON)'), { target: { files: [new File([bad], 'mauvais.json', { type: 'application/json' })] } });
    const alert = (await screen.findByText('Rien n’a été importé : le fichier a des problèmes.')).closest('[role="alert"]') as HTMLElement;
    expect(alert).toHaveTextContent(/mauvais\.json, .*\[0\]\.category/);
    expect(alert).toHaveTextContent('PROMO');
    // core's English sentence is not shown: the French one is.
    expect(alert).not.toHaveTextContent(/expected|Invalid/);
  });

  it('imports every template of a good file', async () => {
    const { onImport } = renderLibrary();
    const good = JSON.stringify([approved, { ...approved, language: 'en' }]);
    fireEvent.change(screen.getByLabelText('Import templates (JSON)'), { target: { files: [new File([good], 'good.json', { type: 'application/json' })] } });
    expect(await screen.findByText('2 templates imported.')).toBeInTheDocument();
    expect(onImport.mock.calls[0]![0].map((t) => t.language)).toEqual(['fr', 'en']);
  });
});

describe('TemplateLibrary without templates', () => {
  it('says what templates are for', () => {
    const { store } = fakeStore([]);
    renderWithI18n(<TemplateLibrary entries={[]} units={[]} store={store} onImport={async () => {}} />);
    expect(screen.getByRole('region', { name: 'No templates yet' })).toHaveTextContent(/only delivers approved templates/);
    expect(screen.getByRole('button', { name: 'New template' })).toBeEnabled();
  });
});

describe('TemplateLibrary with an edit in review', () => {
  it('says so when the template is opened, and refuses another edit', async () => {
    const { user, saved } = renderLibrary([{ ...approved, status: 'PENDING', editedAt: NOW - 3 * 24 * HOUR }, approved]);
    await user.click(screen.getByRole('button', { name: 'Edit promo (fr)' }));
    expect(await screen.findByText(/An edit of this template is in review at Meta/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Body' }), ' Encore.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('already in review');
    expect(saved).toEqual([]);
  });
});
