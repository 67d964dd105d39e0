import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Template } from '../../../core/whatsapp/template';
import { promoHiver } from '../../core/whatsapp/fixtures';
import { MessagePreview } from '../../../renderer/src/preview/MessagePreview';
import { renderWithI18n } from './render-with-i18n';

/** The spec's example, with a URL button whose url takes {{3}}. */
const promo: Template = {
  ...promoHiver,
  components: { ...promoHiver.components, buttons: [...promoHiver.components.buttons!, { type: 'URL', text: 'Voir', url: 'https://shop.example/{{3}}' }] },
};

describe('MessagePreview', () => {
  it('renders header, body with values, footer and buttons of a template', () => {
    renderWithI18n(<MessagePreview template={promo} parameters={{ 1: '{{contact.first_name}}', 2: '-20 %', 3: 'hiver' }} />);
    const bubble = screen.getByRole('figure', { name: 'Message preview' });
    expect(bubble).toHaveAttribute('lang', 'fr');
    expect(within(bubble).getByText('Bonjour [first_name]')).toHaveClass('wa-header');
    expect(within(bubble).getByText('Profitez de -20 % sur toute la collection.')).toBeInTheDocument();
    expect(within(bubble).getByText('Répondez STOP pour vous désinscrire')).toHaveClass('wa-footer');
    const buttons = within(bubble).getAllByRole('listitem');
    expect(buttons.map((b) => b.textContent)).toEqual(['↩ Stop promos', '↗ Voir']);
    expect(buttons[1]).toHaveAttribute('title', 'Opens https://shop.example/hiver');
    expect(within(bubble).queryByText(/No value yet/)).toBeNull();
  });

  it('marks placeholders that have no value yet and says which', () => {
    renderWithI18n(<MessagePreview template={promo} parameters={{ 1: 'Camille' }} />);
    const marks = document.querySelectorAll('mark.wa-missing');
    // {{3}} sits in the button's url, which the bubble does not show as text.
    expect([...marks].map((m) => m.textContent)).toEqual(['{{2}}']);
    expect(screen.getByText('No value yet for {{2}}, {{3}}')).toBeInTheDocument();
  });

  it('stands in for a media header with a labelled placeholder, in French', () => {
    const image = { ...promo, components: { ...promo.components, header: { format: 'IMAGE' as const } } };
    renderWithI18n(<MessagePreview template={image} parameters={{ 1: 'a', 2: 'b', 3: 'c' }} />, 'fr');
    expect(screen.getByRole('img', { name: 'Image' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Aperçu du message' })).toBeInTheDocument();
  });

  it('renders session messages: text, reply buttons, media with caption', () => {
    const { rerenderUi } = renderWithI18n(
      <MessagePreview session={{ kind: 'buttons', text: 'Intéressé ?', buttons: [{ id: 'yes', title: 'Oui' }, { id: 'no', title: 'Non' }] }} />,
    );
    expect(screen.getByText('Intéressé ?')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((b) => b.textContent)).toEqual(['↩ Oui', '↩ Non']);
    rerenderUi(<MessagePreview session={{ kind: 'media', media: 'video', url: 'https://cdn.example/v.mp4', caption: 'Regardez' }} />);
    expect(screen.getByRole('img', { name: 'Video, From https://cdn.example/v.mp4' })).toBeInTheDocument();
    expect(screen.getByText('Regardez')).toBeInTheDocument();
    rerenderUi(<MessagePreview session={undefined} />);
    expect(screen.getByText('Nothing to preview yet.')).toBeInTheDocument();
  });
});
