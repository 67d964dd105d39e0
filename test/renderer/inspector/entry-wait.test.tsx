import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../../core/journey';
import { renderInspector } from './render-inspector';

describe('EntryForm', () => {
  it('switches source and edits keyword, ad flag and event, with inline problems', async () => {
    const { user, last } = renderInspector({ id: 'in', type: 'entry', data: { source: 'audience' } });
    expect(screen.getByRole('heading', { name: 'Entry in' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'When they write' }));
    await user.type(screen.getByRole('textbox', { name: 'Keyword (optional)' }), 'PROMO');
    await user.click(screen.getByRole('checkbox', { name: /Click-to-WhatsApp ad/ }));
    expect(last().data).toEqual({ source: 'inbound_message', keyword: 'PROMO', fromAd: true });

    await user.click(screen.getByRole('radio', { name: 'On an event' }));
    const event = screen.getByRole('textbox', { name: 'Event name' });
    expect(event).toHaveAttribute('aria-invalid', 'true');
    expect(event).toHaveAccessibleDescription(/event/i);
    await user.type(event, 'order_shipped');
    expect(last().data).toEqual({ source: 'event', event: 'order_shipped' });
    expect(event).not.toHaveAttribute('aria-invalid');
  });
});

describe('WaitForm', () => {
  it('validates a duration as it is typed', async () => {
    const { user, last } = renderInspector({ id: 'w', type: 'wait', data: { mode: 'duration', duration: { amount: 2, unit: 'hours' } } });
    const amount = screen.getByRole('spinbutton', { name: 'Amount' });
    await user.clear(amount);
    await user.type(amount, '0');
    expect(last().data).toEqual({ mode: 'duration', duration: { amount: 0, unit: 'hours' } });
    expect(screen.getByRole('group', { name: 'For a while' })).toHaveAccessibleDescription(/positive|0/);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Unit' }), 'days');
    await user.type(amount, '3');
    expect(last().data).toEqual({ mode: 'duration', duration: { amount: 3, unit: 'days' } });
    expect(screen.getByRole('group', { name: 'For a while' })).not.toHaveAccessibleDescription(/./);
  });

  it('takes a time of day and a date, and says when the date is not ISO 8601 with a zone', async () => {
    const { user, last } = renderInspector({ id: 'w', type: 'wait', data: { mode: 'duration' } });
    await user.click(screen.getByRole('radio', { name: 'Until a time of day' }));
    const time = screen.getByLabelText('Time of day');
    await user.type(time, '09:30');
    expect(last().data).toEqual({ mode: 'time_of_day', time: '09:30' });

    await user.click(screen.getByRole('radio', { name: 'Until a date' }));
    const at = screen.getByRole('textbox', { name: /Date and time/ });
    await user.type(at, '2026-12-01 09:00');
    expect(at).toHaveAttribute('aria-invalid', 'true');
    await user.clear(at);
    await user.type(at, '2026-12-01T09:00:00Z');
    expect(at).not.toHaveAttribute('aria-invalid');
    expect(last().data).toEqual({ mode: 'until', at: '2026-12-01T09:00:00Z' });
  });
});

describe('WaitForReplyForm', () => {
  it('keeps a button id holding a comma as one value, and suggests the buttons of the messages before', async () => {
    const journey: Journey = {
      id: 'j',
      name: 'J',
      timezone: 'UTC',
      nodes: [
        { id: 'promo', type: 'whatsapp_template', data: { template: 'seasonal_promo', language: 'fr' } },
        { id: 'r', type: 'wait_for_reply', data: { timeout: { amount: 1, unit: 'days' }, match: { buttons: ["Oui, ça m'intéresse"] } } },
      ],
      edges: [{ id: 'e1', source: 'promo', sourceHandle: 'out', target: 'r' }],
    };
    const { user, last } = renderInspector(journey.nodes[1]!, { journey });
    const first = screen.getByRole('combobox', { name: 'Button ids 1' });
    expect(first).toHaveValue("Oui, ça m'intéresse");
    await user.type(first, ' !');
    expect(last().data).toMatchObject({ match: { buttons: ["Oui, ça m'intéresse !"] } });
    const suggestions = [...document.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'));
    expect(suggestions).toEqual(expect.arrayContaining(['Stop promos']));
  });

  it('edits the timeout and the keywords that count as a reply', async () => {
    const { user, last } = renderInspector({ id: 'r', type: 'wait_for_reply', data: {} });
    const timeout = screen.getByRole('group', { name: 'Give up after' });
    expect(timeout).toHaveAccessibleDescription(/timeout|délai|positive/i);
    await user.type(screen.getByRole('spinbutton', { name: 'Amount' }), '2');
    expect(last().data).toEqual({ timeout: { amount: 2, unit: 'hours' } });
    expect(timeout).not.toHaveAccessibleDescription(/./);

    await user.click(screen.getByRole('radio', { name: 'Keywords' }));
    await user.click(screen.getByRole('button', { name: 'Add to Keywords' }));
    await user.type(screen.getByRole('textbox', { name: 'Keywords 1' }), 'OUI');
    await user.click(screen.getByRole('button', { name: 'Add to Keywords' }));
    await user.type(screen.getByRole('textbox', { name: 'Keywords 2' }), 'BIEN SUR');
    expect(last().data).toEqual({ timeout: { amount: 2, unit: 'hours' }, match: { keywords: ['OUI', 'BIEN SUR'] } });
    await user.click(screen.getByRole('button', { name: 'Remove OUI' }));
    expect(last().data).toEqual({ timeout: { amount: 2, unit: 'hours' }, match: { keywords: ['BIEN SUR'] } });
    await user.click(screen.getByRole('radio', { name: 'Any message' }));
    expect(last().data).toEqual({ timeout: { amount: 2, unit: 'hours' } });
  });
});
