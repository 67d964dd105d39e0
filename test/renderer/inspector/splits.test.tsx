import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../../core/journey';
import { renderInspector } from './render-inspector';

describe('SplitRandomForm', () => {
  it('shows the total as shares are typed, with the rule’s message, and splits evenly', async () => {
    const { user, last } = renderInspector({ id: 'r', type: 'split_random', data: { branches: [{ id: 'a', label: 'A', percent: 50 }, { id: 'b', label: 'B', percent: 50 }] } });
    expect(screen.getByText('Total: 100 %')).toBeInTheDocument();
    const share = screen.getByRole('spinbutton', { name: 'Share of A (%)' });
    await user.clear(share);
    await user.type(share, '30');
    expect(screen.getByText('Total: 80 %. The shares must add up to 100 %.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a branch' }));
    expect(last().data).toEqual({ branches: [{ id: 'a', label: 'A', percent: 30 }, { id: 'b', label: 'B', percent: 50 }, { id: 'branch-3', label: '', percent: 0 }] });
    await user.click(screen.getByRole('button', { name: 'Split evenly' }));
    const split = last();
    expect(split.type === 'split_random' ? split.data.branches?.map((b) => b.percent) : undefined).toEqual([34, 33, 33]);
    expect(screen.getByText('Total: 100 %')).toBeInTheDocument();
  });
});

describe('SplitAttributeForm', () => {
  it('builds branches of conditions with every operator, keeping branch ids stable', async () => {
    const { user, last } = renderInspector({ id: 's', type: 'split_attribute', data: { branches: [{ id: 'paris', label: 'Paris', when: [] }] } });
    const branch = screen.getByRole('group', { name: 'Branch Paris' });
    expect(branch).toHaveTextContent(/no condition|empty|condition/i);
    await user.click(within(branch).getByRole('button', { name: 'Add a condition' }));
    const attribute = within(branch).getByRole('combobox', { name: 'Attribute, Paris 1' });
    await user.clear(attribute);
    await user.type(attribute, 'city');
    await user.type(within(branch).getByRole('textbox', { name: 'Value, Paris 1' }), 'Paris');
    expect(last().data).toEqual({ branches: [{ id: 'paris', label: 'Paris', when: [{ attribute: 'city', op: 'eq', value: 'Paris' }] }] });

    await user.selectOptions(within(branch).getByRole('combobox', { name: 'Test, Paris 1' }), 'in');
    expect(within(branch).getByRole('textbox', { name: 'Value, Paris 1 1' })).toHaveValue('Paris');
    await user.click(within(branch).getByRole('button', { name: 'Add to Value, Paris 1' }));
    await user.type(within(branch).getByRole('textbox', { name: 'Value, Paris 1 2' }), 'Lyon, Rhône');
    expect(last().data).toMatchObject({ branches: [{ when: [{ attribute: 'city', op: 'in', value: ['Paris', 'Lyon, Rhône'] }] }] });
    await user.selectOptions(within(branch).getByRole('combobox', { name: 'Test, Paris 1' }), 'exists');
    expect(within(branch).queryByRole('textbox', { name: /^Value, Paris 1/ })).toBeNull();
    expect(last().data).toEqual({ branches: [{ id: 'paris', label: 'Paris', when: [{ attribute: 'city', op: 'exists' }] }] });

    await user.type(within(branch).getByRole('textbox', { name: 'Name' }), ' centre');
    expect(last().data).toMatchObject({ branches: [{ id: 'paris', label: 'Paris centre' }] });
    await user.click(screen.getByRole('button', { name: 'Add a branch' }));
    const split = last();
    expect(split.type === 'split_attribute' ? split.data.branches?.map((b) => b.id) : undefined).toEqual(['paris', 'branch-2']);
  });

  it('marks an operator outside the spec and offers the valid ones', () => {
    renderInspector({ id: 's', type: 'split_attribute', data: { branches: [{ id: 'x', label: 'X', when: [{ attribute: 'tier', op: 'startsWith', value: 'g' }] }] } });
    const branch = screen.getByRole('group', { name: 'Branch X' });
    expect(within(branch).getByRole('combobox', { name: 'Test, X 1' })).toHaveValue('startsWith');
    expect(within(branch).getByRole('list')).toHaveTextContent(/startsWith/);
  });
});

describe('SplitEngagementForm', () => {
  const journey: Journey = {
    id: 'j',
    name: 'J',
    timezone: 'UTC',
    nodes: [
      { id: 'in', type: 'entry', data: { source: 'audience' } },
      { id: 'promo', type: 'whatsapp_template', data: { template: 'seasonal_promo', language: 'fr' } },
      { id: 'w', type: 'wait', data: { mode: 'duration', duration: { amount: 1, unit: 'days' } } },
      { id: 'split', type: 'split_engagement', data: { metric: 'read' } },
      { id: 'later', type: 'whatsapp_session', data: { message: { kind: 'text', text: 'x' } } },
    ],
    edges: [
      { id: 'e1', source: 'in', sourceHandle: 'out', target: 'promo' },
      { id: 'e2', source: 'promo', sourceHandle: 'out', target: 'w' },
      { id: 'e3', source: 'w', sourceHandle: 'out', target: 'split' },
      { id: 'e4', source: 'split', sourceHandle: 'yes', target: 'later' },
    ],
  };

  it('offers the message steps upstream only, and a button when clicks are measured', async () => {
    const { user, last } = renderInspector(journey.nodes[3]!, { journey });
    const message = screen.getByRole('combobox', { name: 'Message measured' });
    expect(within(message).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose a message', 'Template message promo (seasonal_promo)']);
    expect(message).toHaveAttribute('aria-invalid', 'true');
    await user.selectOptions(message, 'promo');
    expect(message).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('textbox', { name: 'Button (optional)' })).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: /Contacts go to/ }), 'clicked');
    await user.type(screen.getByRole('textbox', { name: 'Button (optional)' }), 'stop');
    expect(last().data).toEqual({ metric: 'clicked', message: 'promo', button: 'stop' });
  });
});

describe('UpdateContactForm and exit', () => {
  it('sets attributes and records consent', async () => {
    const { user, last } = renderInspector({ id: 'u', type: 'update_contact', data: {} });
    expect(screen.getByRole('region', { name: 'Step settings' })).toHaveTextContent(/update|nothing|set/i);
    await user.click(screen.getByRole('button', { name: 'Add an attribute' }));
    expect(screen.getByRole('button', { name: 'Add an attribute' })).toBeEnabled();
    await user.type(screen.getByRole('textbox', { name: 'Value 1' }), 'engaged');
    await user.selectOptions(screen.getByRole('combobox', { name: 'WhatsApp consent' }), 'opt_out');
    expect(last().data).toEqual({ set: { first_name: 'engaged' }, consent: 'opt_out' });
    const name = screen.getByRole('combobox', { name: 'Attribute 1' });
    await user.clear(name);
    await user.type(name, 'segment');
    expect(last().data).toEqual({ set: { segment: 'engaged' }, consent: 'opt_out' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'WhatsApp consent' }), '');
    expect(last().data).toEqual({ set: { segment: 'engaged' } });
  });

  it('explains the exit step, in French too', () => {
    renderInspector({ id: 'x', type: 'exit', data: {} }, { uiLanguage: 'fr' });
    expect(screen.getByRole('heading', { name: 'Sortie x' })).toBeInTheDocument();
    expect(screen.getByText(/quittent le parcours ici/)).toBeInTheDocument();
  });
});
