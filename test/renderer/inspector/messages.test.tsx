import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { channel, renderInspector, templates } from './render-inspector';

describe('TemplateForm', () => {
  it('offers only the templates of the channel’s business unit, with their status per language', () => {
    const foreign = { ...templates[0]!, name: 'other_unit_welcome', businessUnit: 'bu-other' };
    renderInspector({ id: 't', type: 'whatsapp_template', data: {} }, { templates: [...templates, foreign] });
    const picker = screen.getByRole('group', { name: 'Template' });
    expect(within(picker).queryByRole('radio', { name: /other_unit_welcome/ })).toBeNull();
    const pending = within(picker).getByRole('radio', { name: /we_miss_you/ }).closest('label')!;
    expect(pending).toHaveTextContent('fr' + 'Pending');
    expect(pending).toHaveTextContent('Marketing');
    expect(screen.getByText('Pick a template to map its placeholders and see it.')).toBeInTheDocument();
  });

  it('picks a template and language, maps placeholders to attributes or text, and previews the result', async () => {
    const { user, last } = renderInspector({ id: 't', type: 'whatsapp_template', data: {} });
    await user.type(screen.getByRole('searchbox', { name: 'Search templates' }), 'seasonal');
    expect(screen.getAllByRole('radio')).toHaveLength(1);
    await user.click(screen.getByRole('radio', { name: /seasonal_promo/ }));
    expect(last().data).toEqual({ template: 'seasonal_promo', language: 'fr' });

    // Both placeholders lack a value: the rule says so at each row.
    const first = screen.getByRole('combobox', { name: 'Value of {{1}}' });
    expect(first).toHaveAttribute('aria-invalid', 'true');
    await user.selectOptions(first, 'first_name');
    await user.type(screen.getByRole('textbox', { name: 'Text for {{2}}' }), '-20 %');
    expect(last().data).toEqual({ template: 'seasonal_promo', language: 'fr', parameters: { 1: '{{contact.first_name}}', 2: '-20 %' } });
    expect(first).not.toHaveAttribute('aria-invalid');
    const preview = screen.getByRole('figure', { name: 'Message preview' });
    expect(preview).toHaveTextContent('Bonjour [first_name], profitez de -20 % de remise');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'en');
    expect(last().data).toMatchObject({ language: 'en' });
    expect(screen.getByRole('figure', { name: 'Message preview' })).toHaveAttribute('lang', 'en');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '');
    expect(last().data).not.toHaveProperty('language');
  });

  it('says when the chosen template is not approved', () => {
    renderInspector({ id: 't', type: 'whatsapp_template', data: { template: 'we_miss_you', language: 'fr', parameters: {} } }, { channel });
    // The rule's own words, listed above the form since no single field is at fault.
    expect(screen.getByRole('region', { name: 'Step settings' })).toHaveTextContent('Template "we_miss_you" (fr) is PENDING: you can design and simulate with it, not run it.');
  });
});

describe('SessionForm', () => {
  it('edits a text message with a character count and a live preview', async () => {
    const { user, last } = renderInspector({ id: 's', type: 'whatsapp_session', data: { message: { kind: 'text', text: '' } } });
    const text = screen.getByRole('textbox', { name: 'Text' });
    expect(text).toHaveAttribute('aria-invalid', 'true');
    await user.type(text, 'Merci !');
    expect(last().data).toEqual({ message: { kind: 'text', text: 'Merci !' } });
    expect(text).toHaveAccessibleDescription('7 / 4096 characters');
    expect(screen.getByRole('figure', { name: 'Message preview' })).toHaveTextContent('Merci !');
  });

  it('keeps the text when switching to buttons, checks button limits, and stops at three buttons', async () => {
    const { user, last } = renderInspector({ id: 's', type: 'whatsapp_session', data: { message: { kind: 'text', text: 'Intéressé ?' } } });
    await user.click(screen.getByRole('radio', { name: 'Reply buttons' }));
    await user.type(screen.getByRole('textbox', { name: 'Title of button 1' }), 'Oui, avec plaisir, merci');
    expect(screen.getByRole('textbox', { name: 'Title of button 1' })).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Add a button' }));
    await user.click(screen.getByRole('button', { name: 'Add a button' }));
    expect(screen.getByRole('button', { name: 'Add a button' })).toBeDisabled();
    expect(last().data).toEqual({
      message: {
        kind: 'buttons',
        text: 'Intéressé ?',
        buttons: [
          { id: 'button-1', title: 'Oui, avec plaisir, merci' },
          { id: 'button-2', title: '' },
          { id: 'button-3', title: '' },
        ],
      },
    });
    await user.click(screen.getByRole('button', { name: 'Remove button-3' }));
    expect(screen.getAllByRole('textbox', { name: /Title of button/ })).toHaveLength(2);
  });

  it('edits a media message: type, url and caption', async () => {
    const { user, last } = renderInspector({ id: 's', type: 'whatsapp_session', data: { message: { kind: 'text', text: 'Regardez' } } });
    await user.click(screen.getByRole('radio', { name: 'Media' }));
    expect(screen.getByRole('textbox', { name: 'Media url' })).toHaveAttribute('aria-invalid', 'true');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Media type' }), 'video');
    await user.type(screen.getByRole('textbox', { name: 'Media url' }), 'https://cdn.example/v.mp4');
    expect(last().data).toEqual({ message: { kind: 'media', media: 'video', url: 'https://cdn.example/v.mp4', caption: 'Regardez' } });
    expect(screen.getByRole('img', { name: /Video/ })).toBeInTheDocument();
  });
});

describe('TemplatePicker', () => {
  it('keeps the chosen template at the top of the list, in sight', () => {
    renderInspector({ id: 't', type: 'whatsapp_template', data: { template: 'welcome', language: 'fr', parameters: { 1: 'x' } } });
    const radios = within(screen.getByRole('group', { name: 'Template' })).getAllByRole('radio');
    expect(radios[0]).toHaveAccessibleName(/welcome/);
    expect(radios[0]).toBeChecked();
  });
});
