import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../core/rules';
import { FindingsPanel } from '../../../renderer/src/editor/findings';
import { applyFix, type FixId } from '../../../renderer/src/editor/fixes';
import { renderWithI18n } from '../preview/render-with-i18n';
import { badFixture, findingsOf } from './fixture-journeys';

const file = badFixture('session.outside-window');
const context = { templates: file.templates ?? [], channels: file.channels ?? [] };
const warning: Finding = { rule: 'capacity.quality-red', severity: 'warning', message: 'The channel quality is RED.' };
const entryMissing: Finding = { rule: 'structure.entry-missing', severity: 'error', message: 'No entry.' };

function renderPanel(findings: Finding[], language: 'en' | 'fr' = 'en') {
  const selected: Finding[] = [];
  const fixed: [Finding, FixId][] = [];
  const view = renderWithI18n(
    <FindingsPanel findings={findings} journey={file.journey} onSelect={(f) => selected.push(f)} onFix={(f, id) => fixed.push([f, id])} />,
    language,
  );
  return { ...view, selected, fixed };
}

describe('FindingsPanel', () => {
  it('groups findings by severity and names the step each is about; a click selects it', async () => {
    const findings = [warning, ...findingsOf(file)];
    const { user, selected } = renderPanel(findings);
    expect(screen.getByRole('status')).toHaveTextContent('1 errors, 1 warnings');
    const errors = screen.getByRole('region', { name: 'Errors' });
    const warnings = screen.getByRole('region', { name: 'Warnings' });
    expect(within(warnings).getByText('The channel quality is RED.')).toBeInTheDocument();
    expect(within(warnings).getByText('Journey')).toBeInTheDocument();
    await user.click(within(errors).getByRole('button', { name: 'Show Free-form message follow-up on the canvas' }));
    expect(selected.map((f) => f.node)).toEqual(['follow-up']);
  });

  it('shows the rule’s teaching text and sources under “Why?”', async () => {
    const { user } = renderPanel(findingsOf(file));
    const why = screen.getByText('Why?');
    const details = why.closest('details')!;
    expect(details).not.toHaveAttribute('open');
    await user.click(why);
    expect(details).toHaveAttribute('open');
    expect(within(details).getByText(/within 24 hours of the contact's last message/)).toBeVisible();
    expect(within(details).getByText('WhatsApp rules §4.2 (131047 re-engagement: do not retry)')).toBeInTheDocument();
    expect(within(details).getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('offers the standard fixes and reports the one chosen, which then fixes the journey', async () => {
    const findings = findingsOf(file);
    const { user, fixed } = renderPanel(findings);
    const buttons = within(screen.getByRole('region', { name: 'Errors' })).getAllByRole('button', { name: /Outside the 24-hour window/ });
    expect(buttons.map((b) => b.textContent)).toEqual(['Send a template and wait for a reply first', 'Send a template instead']);
    await user.click(buttons[0]!);
    expect(fixed.map(([f, id]) => [f.rule, id])).toEqual([['session.outside-window', 'insert-template-and-wait']]);
    const journey = applyFix(file.journey, fixed[0]![0], fixed[0]![1], context);
    expect(findingsOf(file, journey).map((f) => f.rule)).not.toContain('session.outside-window');
  });

  it('offers no fix where none exists, and a fix without the journey when the rule has one', () => {
    renderWithI18n(<FindingsPanel findings={[warning, entryMissing]} onSelect={() => {}} onFix={() => {}} />);
    expect(screen.getAllByRole('button', { name: /:/ }).map((b) => b.textContent)).toEqual(['Add an entry']);
  });

  it('says when all is well, and when a check is under way', () => {
    const { rerenderUi } = renderWithI18n(<FindingsPanel findings={[]} onSelect={() => {}} onFix={() => {}} />);
    expect(screen.getByText(/No problem found/)).toBeInTheDocument();
    rerenderUi(<FindingsPanel findings={[]} pending onSelect={() => {}} onFix={() => {}} />);
    expect(screen.getByRole('status')).toHaveTextContent('Checking…');
  });

  it('speaks French: titles, teaching and fix labels', async () => {
    const findings = findingsOf(file).map((f) => ({ ...f, message: 'm' }));
    const { user } = renderPanel(findings, 'fr');
    expect(screen.getByRole('region', { name: 'Erreurs' })).toHaveTextContent('Hors de la fenêtre de 24 heures');
    await user.click(screen.getByText('Pourquoi ?'));
    expect(screen.getByText(/Un message libre \(texte, boutons, média\)/)).toBeVisible();
    expect(screen.getByRole('button', { name: /Envoyer plutôt un modèle/ })).toBeInTheDocument();
  });
});
