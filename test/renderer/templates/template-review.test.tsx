import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Channel } from '../../../core/journey/channel';
import type { Template } from '../../../core/whatsapp/template';
import type { StatusMerge, TemplateEntry } from '../../../renderer/db';
import type { RefreshOutcome, ReviewActions, SubmitOutcome } from '../../../renderer/src/screens/templates/review-actions';
import type { TemplateStore } from '../../../renderer/src/screens/templates/save-template';
import { TemplateLibrary } from '../../../renderer/src/screens/templates/TemplateLibrary';
import { renderWithI18n } from '../preview/render-with-i18n';

/** Whole screens in jsdom over fake-indexeddb take seconds when the whole suite runs at once. */
const SLOW = 20_000;

const sandbox: Channel = { id: 'ch-sandbox', displayName: 'Maison Dupont (sandbox)', mode: 'sandbox', businessUnit: 'bu-demo', messagingLimit: 1000, quality: 'GREEN', throughputMps: 80 };
const meta: Channel = { ...sandbox, id: 'ch-meta', displayName: 'Maison Dupont Paris', mode: 'meta', phoneNumberId: '1', wabaId: '2' };
const otherUnit: Channel = { ...sandbox, id: 'ch-other', displayName: 'Autre marque', businessUnit: 'bu-other' };
const channels = [meta, otherUnit, sandbox];

const draft: Template = {
  name: 'promo_hiver', language: 'fr', category: 'MARKETING', status: 'DRAFT', businessUnit: 'bu-demo',
  components: { body: { text: 'Bonjour {{1}}, -20 % cet hiver.' } }, examples: { '1': 'Camille' },
};
const entry = (latest: Template, extra: Partial<TemplateEntry['latest']> = {}, used: Template = latest, usedRevision = 1): TemplateEntry => ({
  template: used, revision: usedRevision, latest: { template: latest, revision: extra.revision ?? usedRevision, savedAt: 0, ...extra },
});
const store: TemplateStore = { listRevisions: async () => [], save: async () => {} };

function renderReview(entries: TemplateEntry[], actions: Partial<ReviewActions> = {}, language: 'en' | 'fr' = 'en') {
  const review: ReviewActions = {
    channels,
    submit: vi.fn(async (): Promise<SubmitOutcome> => ({ ok: true, id: '1000000000001', status: 'PENDING' })),
    refresh: vi.fn(async (): Promise<RefreshOutcome[]> => []),
    ...actions,
  };
  const view = renderWithI18n(<TemplateLibrary entries={entries} units={['bu-demo']} store={store} onImport={async () => {}} review={review} />, language);
  return { ...view, review };
}

const row = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')!;

describe('submitting a template for review', { timeout: SLOW }, () => {
  it('offers it on a draft, to the channels of its business unit with the sandbox first, and says Meta’s answer', async () => {
    const { user, review } = renderReview([entry(draft)]);
    expect(within(row('promo_hiver')).getByText('Not sent for review yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Submit promo_hiver (fr) for review' }));

    const panel = screen.getByRole('region', { name: 'Submit promo_hiver (fr) for review' });
    expect(within(panel).getByRole('heading', { name: 'Submit promo_hiver (fr) for review' })).toHaveFocus();
    const select = within(panel).getByRole('combobox', { name: 'Channel' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Maison Dupont (sandbox)', 'Maison Dupont Paris']);
    expect(select).toHaveValue('ch-sandbox');

    await user.click(within(panel).getByRole('button', { name: 'Submit' }));
    expect(review.submit).toHaveBeenCalledWith(sandbox, entry(draft));
    expect(await within(panel).findByRole('status')).toHaveTextContent(
      'Sent to Maison Dupont (sandbox): status Pending (Meta id 1000000000001). Refresh statuses to see Meta’s decision.',
    );
    expect(within(panel).getByRole('button', { name: 'Submit' })).toBeDisabled();
  });

  it('sends to the channel picked, shows progress, and gives Meta’s refusal with its code', async () => {
    let answer!: (o: SubmitOutcome) => void;
    const submit = vi.fn((_channel: Channel, _entry: TemplateEntry) => new Promise<SubmitOutcome>((resolve) => (answer = resolve)));
    const { user } = renderReview([entry(draft)], { submit });
    await user.click(screen.getByRole('button', { name: 'Submit promo_hiver (fr) for review' }));
    const panel = screen.getByRole('region', { name: /^Submit promo_hiver/ });
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Channel' }), 'ch-meta');
    await user.click(within(panel).getByRole('button', { name: 'Submit' }));
    expect(submit.mock.calls[0]![0]).toBe(meta);
    expect(within(panel).getByRole('status')).toHaveTextContent('Submitting to Maison Dupont Paris…');
    expect(within(panel).getByRole('button', { name: 'Submit' })).toBeDisabled();

    answer({ ok: false, message: 'Meta error 100: Invalid parameter (Content in fr already exists for promo_hiver.)' });
    expect(await within(panel).findByRole('alert')).toHaveTextContent('Not submitted: Meta error 100: Invalid parameter (Content in fr already exists for promo_hiver.)');
    // A refusal can be tried again (on another channel, say).
    expect(within(panel).getByRole('button', { name: 'Submit' })).toBeEnabled();
  });

  it('refuses a template that breaks Meta’s limits, and warns of placeholders without a sample', async () => {
    const broken: Template = { ...draft, name: 'Promo Hiver', examples: {} };
    const { user, review } = renderReview([entry(broken)]);
    await user.click(screen.getByRole('button', { name: 'Submit Promo Hiver (fr) for review' }));
    const panel = screen.getByRole('region', { name: /^Submit Promo Hiver/ });
    expect(within(panel).getByRole('alert')).toHaveTextContent('1 of Meta’s limits broken: edit the template before submitting it.');
    expect(within(panel).getByText(/\{\{1\}\} has none, so the review will reject it/)).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Submit' })).toBeDisabled();
    expect(review.submit).not.toHaveBeenCalled();
  });

  it('says when no channel of the business unit can submit it', async () => {
    const { user } = renderReview([entry({ ...draft, businessUnit: 'bu-nowhere' })]);
    await user.click(screen.getByRole('button', { name: 'Submit promo_hiver (fr) for review' }));
    expect(screen.getByRole('alert')).toHaveTextContent('No channel of business unit bu-nowhere can submit it: add one under Channels.');
    expect(screen.getByRole('button', { name: 'Submit' })).toBeDisabled();
  });

  it('opens the panel after “Submit for review” in the authoring, the template saved as a draft first', async () => {
    const save = vi.fn(async (_t: Template) => {});
    const review: ReviewActions = { channels, submit: vi.fn(), refresh: vi.fn() };
    const props = { units: ['bu-demo'], store: { listRevisions: async () => [], save }, onImport: async () => {}, review };
    const { user, rerenderUi } = renderWithI18n(<TemplateLibrary entries={[]} {...props} />);
    await user.click(screen.getByRole('button', { name: 'New template' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'promo_hiver');
    await user.type(screen.getByRole('textbox', { name: 'Body' }), 'Bon hiver.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Business unit' }), 'bu-demo');
    await user.click(screen.getByRole('button', { name: 'Submit for review' }));
    expect(save.mock.calls[0]![0]).toMatchObject({ name: 'promo_hiver', status: 'DRAFT' });
    // The library lists it once the database has it.
    rerenderUi(<TemplateLibrary entries={[entry(save.mock.calls[0]![0])]} {...props} />);
    expect(await screen.findByRole('region', { name: 'Submit promo_hiver (en) for review' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Body' })).toBeNull();
  });

  it('offers nothing to submit on a template in review or approved, and says where it is reviewed', () => {
    const approved: Template = { ...draft, name: 'welcome', status: 'APPROVED' };
    const inReview = { ...draft, status: 'PENDING' as const };
    renderReview([entry(inReview, { review: { channelId: 'ch-sandbox', id: '7' } }), entry(approved)]);
    expect(screen.queryByRole('button', { name: /^Submit .* for review$/ })).toBeNull();
    expect(within(row('promo_hiver')).getByText('In review at Maison Dupont (sandbox)')).toBeInTheDocument();
  });
});

describe('the review state in the table', { timeout: SLOW }, () => {
  it('shows a newer revision beside the approved one journeys use, and Meta’s reason for a rejection', () => {
    const approved: Template = { ...draft, status: 'APPROVED' };
    const rejected: Template = { ...draft, status: 'REJECTED', components: { body: { text: 'Bonjour {{1}}, -50 %' } } };
    renderReview([entry(rejected, { revision: 2, review: { channelId: 'ch-sandbox', reason: 'INVALID_FORMAT' } }, approved, 1)]);
    const cells = within(row('promo_hiver')).getAllByRole('cell');
    expect(cells[2]).toHaveTextContent('ApprovedRevision 2: RejectedRejected by Meta: INVALID_FORMAT');
  });

  it('says an edit waiting to be sent is not sent yet, and offers to send it', () => {
    const approved: Template = { ...draft, status: 'APPROVED' };
    const edit: Template = { ...draft, status: 'PENDING', editedAt: 5 };
    renderReview([entry(edit, { revision: 2 }, approved, 1)]);
    expect(within(row('promo_hiver')).getAllByRole('cell')[2]).toHaveTextContent('ApprovedRevision 2: PendingNot sent for review yet');
    expect(screen.getByRole('button', { name: 'Submit promo_hiver (fr) for review' })).toBeInTheDocument();
  });
});

describe('refreshing statuses', { timeout: SLOW }, () => {
  const merge = (m: Partial<StatusMerge>): StatusMerge => ({ changed: [], added: [], unchanged: 0, drafts: 0, ...m });

  it('lists what changed per channel, with Meta’s reasons, and each channel’s failure', async () => {
    let answer!: (o: RefreshOutcome[]) => void;
    const refresh = vi.fn(() => new Promise<RefreshOutcome[]>((resolve) => (answer = resolve)));
    const { user } = renderReview([entry(draft)], { refresh });
    await user.click(screen.getByRole('button', { name: 'Refresh statuses' }));
    expect(screen.getByRole('status')).toHaveTextContent('Asking Meta for statuses…');
    expect(screen.getByRole('button', { name: 'Refresh statuses' })).toBeDisabled();
    answer([
      {
        channel: sandbox, ok: true, skipped: ['odd_one (de)'],
        merge: merge({
          changed: [
            { name: 'promo_hiver', language: 'fr', revision: 1, from: 'PENDING', to: 'APPROVED' },
            { name: 'promo_ete', language: 'fr', revision: 2, from: 'PENDING', to: 'REJECTED', reason: 'INVALID_FORMAT' },
          ],
          added: [{ name: 'from_meta', language: 'en', status: 'APPROVED' }],
          unchanged: 12,
        }),
      },
      { channel: meta, ok: false, message: 'Meta error 190: Invalid OAuth access token' },
    ]);
    const report = await screen.findByText('Maison Dupont (sandbox): 2 changed, 1 added, 12 unchanged.');
    const block = report.closest('[role="status"]') as HTMLElement;
    expect(within(block).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'promo_hiver (fr), revision 1: Pending → Approved',
      'promo_ete (fr), revision 2: Pending → Rejected (INVALID_FORMAT)',
    ]);
    expect(block).toHaveTextContent('Maison Dupont (sandbox): not read: odd_one (de)');
    expect(screen.getByRole('alert')).toHaveTextContent('Maison Dupont Paris: statuses not refreshed: Meta error 190: Invalid OAuth access token');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Refresh statuses' })).toBeEnabled());
  });

  it('speaks French', async () => {
    const refresh = vi.fn(async (): Promise<RefreshOutcome[]> => [
      { channel: sandbox, ok: true, skipped: [], merge: merge({ changed: [{ name: 'promo_hiver', language: 'fr', revision: 1, from: 'PENDING', to: 'REJECTED', reason: 'INVALID_FORMAT' }] }) },
    ]);
    const { user } = renderReview([entry(draft)], { refresh }, 'fr');
    expect(within(row('promo_hiver')).getByText('Pas encore envoyé à la revue')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Actualiser les statuts' }));
    expect(await screen.findByText('Maison Dupont (sandbox) — modifiés : 1, ajoutés : 0, inchangés : 0.')).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent('promo_hiver (fr), révision 1 : En attente → Refusé (INVALID_FORMAT)');
    await user.click(screen.getByRole('button', { name: 'Soumettre promo_hiver (fr) à la revue' }));
    expect(screen.getByRole('combobox', { name: 'Canal' })).toHaveValue('ch-sandbox');
  });
});
