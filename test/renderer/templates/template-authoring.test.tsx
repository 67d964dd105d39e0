import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Template } from '../../../core/whatsapp/template';
import { TemplateAuthoring } from '../../../renderer/src/screens/templates/TemplateAuthoring';
import { renderWithI18n } from '../preview/render-with-i18n';

function renderAuthoring(initial?: Template, language: 'en' | 'fr' = 'en') {
  const onSave = vi.fn(async (_template: Template, _submit: boolean) => ({ ok: true, message: 'Saved.' }));
  const view = renderWithI18n(<TemplateAuthoring initial={initial} units={['bu-demo']} onSave={onSave} onClose={() => {}} />, language);
  return { ...view, onSave };
}

describe('TemplateAuthoring', () => {
  it('checks Meta’s limits as the user types, field by field, and previews the message', async () => {
    const { user } = renderAuthoring();
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.type(name, 'Promo Hiver');
    expect(name).toHaveAccessibleDescription(/lowercase letters, digits and underscores/);
    await user.clear(name);
    await user.type(name, 'promo_hiver');
    expect(name).not.toHaveAttribute('aria-invalid');

    const body = screen.getByRole('textbox', { name: 'Body' });
    await user.type(body, '{{{{1}}, profitez de {{{{2}}');
    expect(body).toHaveAccessibleDescription('The body cannot start with a placeholder ({{1}}). The body cannot end with a placeholder ({{2}}).');
    await user.type(body, ' dès maintenant.');
    await user.clear(body);
    await user.type(body, 'Bonjour {{{{1}}, profitez de {{{{2}} dès maintenant.');
    expect(body).not.toHaveAttribute('aria-invalid');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Header type' }), 'TEXT');
    const header = screen.getByRole('textbox', { name: 'Header text' });
    await user.type(header, 'x'.repeat(61));
    expect(header).toHaveAccessibleDescription('The header has 61 characters; Meta allows at most 60.');
    expect(screen.getByRole('status')).toHaveTextContent('1 of Meta’s limits broken');

    const preview = screen.getByRole('figure', { name: 'Message preview' });
    expect(within(preview).getByText(/profitez de/)).toHaveTextContent('Bonjour {{1}}, profitez de {{2}} dès maintenant.');
    expect(within(preview).getByText('x'.repeat(61))).toHaveClass('wa-header');
  });

  it('checks buttons: a URL button needs a url, and footers take no placeholder', async () => {
    const { user } = renderAuthoring();
    await user.type(screen.getByRole('textbox', { name: 'Footer (optional)' }), 'Stop {{{{1}}');
    expect(screen.getByRole('textbox', { name: 'Footer (optional)' })).toHaveAccessibleDescription('A footer cannot contain placeholders.');
    await user.click(screen.getByRole('button', { name: 'Add a button' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type of button 1' }), 'URL');
    await user.type(screen.getByRole('textbox', { name: 'Label of button 1' }), 'Voir');
    expect(screen.getByRole('textbox', { name: 'Url of button 1' })).toHaveAccessibleDescription('A URL button needs a url.');
    await user.type(screen.getByRole('textbox', { name: 'Url of button 1' }), 'https://shop.example/{{{{1}}');
    expect(screen.getByRole('textbox', { name: 'Url of button 1' })).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('figure', { name: 'Message preview' })).toHaveTextContent('Voir');
  });

  it('writes limit messages in French', async () => {
    const { user } = renderAuthoring(undefined, 'fr');
    await user.type(screen.getByRole('textbox', { name: 'Nom' }), 'Promo');
    expect(screen.getByRole('textbox', { name: 'Nom' })).toHaveAccessibleDescription('Un nom de modèle ne contient que des minuscules, des chiffres et des tirets bas.');
  });

  it('saves a draft or submits it, and keeps name and language of an existing template fixed', async () => {
    const approved: Template = { name: 'promo', language: 'fr', category: 'MARKETING', status: 'APPROVED', components: { body: { text: 'Bonjour {{1}} !' } } };
    const { user, onSave } = renderAuthoring(approved);
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAttribute('readonly');
    expect(screen.getByRole('textbox', { name: 'Language' })).toHaveAttribute('readonly');
    expect(screen.getByText(/never changed in place/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Submit for review' })).toBeNull();
    await user.type(screen.getByRole('textbox', { name: 'Body' }), ' Merci.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({ ...approved, components: { body: { text: 'Bonjour {{1}} ! Merci.' } } }, false);
    expect(await screen.findByRole('alert')).toHaveTextContent('Saved.');
  });

  it('does not let a draft that breaks limits be submitted', async () => {
    const { user } = renderAuthoring();
    expect(screen.getByRole('button', { name: 'Submit for review' })).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'ok_name');
    await user.type(screen.getByRole('textbox', { name: 'Body' }), 'Bonjour.');
    expect(screen.getByRole('button', { name: 'Submit for review' })).toBeEnabled();
  });
});

describe('TemplateAuthoring samples', () => {
  it('asks a sample per placeholder and shows it in the preview', async () => {
    const { user, onSave } = renderAuthoring();
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'promo');
    await user.type(screen.getByRole('textbox', { name: 'Body' }), 'Bonjour {{{{1}}, -20 % ce week-end.');
    await user.type(screen.getByRole('textbox', { name: 'Sample for {{1}}' }), 'Camille');
    expect(screen.getByRole('figure', { name: 'Message preview' })).toHaveTextContent('Bonjour Camille, -20 % ce week-end.');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(onSave.mock.calls[0]![0].examples).toEqual({ 1: 'Camille' });
  });
});
