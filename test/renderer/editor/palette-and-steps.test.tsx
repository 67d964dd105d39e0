import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../../core/journey';
import { NODE_TYPES } from '../../../core/journey';
import { Palette, PALETTE_MIME } from '../../../renderer/src/editor/canvas/Palette';
import type { PaletteItem } from '../../../renderer/src/editor/canvas/Palette';
import { lineJourney } from './journey-builders';
import { renderWithEditor } from './render-editor';

const empty: Journey = { id: 'j', name: 'J', timezone: 'UTC', nodes: [], edges: [] };

describe('palette', () => {
  it('offers every node type of the spec and a sticky note, each a named button', () => {
    const added: PaletteItem[] = [];
    renderWithEditor(empty, <Palette onAdd={(item) => added.push(item)} />);
    const items = screen.getAllByRole('button').map((b) => b.getAttribute('data-palette-item'));
    expect([...items].sort()).toEqual([...NODE_TYPES, 'note'].sort());
    fireEvent.click(screen.getByRole('button', { name: 'Add Wait for reply' }));
    expect(added).toEqual(['wait_for_reply']);
  });

  it('puts the step type in the drag data', () => {
    renderWithEditor(empty, <Palette onAdd={() => undefined} />);
    const data = new Map<string, string>();
    const dataTransfer = { setData: (type: string, value: string) => data.set(type, value), effectAllowed: '' };
    fireEvent.dragStart(screen.getByRole('button', { name: 'Add Random split' }), { dataTransfer });
    expect(data.get(PALETTE_MIME)).toBe('split_random');
  });

  it('speaks French', () => {
    renderWithEditor(empty, <Palette onAdd={() => undefined} />, 'fr');
    expect(screen.getByRole('button', { name: 'Ajouter : Attente de réponse' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Étapes' })).toBeInTheDocument();
  });
});

describe('steps on the canvas', () => {
  const stepOf = (id: string) => document.querySelector<HTMLElement>(`[data-step-id="${id}"]`)!;

  it('shows the essence of each step: template with category and status, wait length, reply timeout, branches as labelled outputs', async () => {
    const journey: Journey = {
      ...lineJourney(),
      nodes: [
        ...lineJourney().nodes,
        { id: 'ask', type: 'wait_for_reply', position: { x: 0, y: 300 }, data: { timeout: { amount: 6, unit: 'hours' }, match: { keywords: ['OUI'] } } },
        { id: 'ab', type: 'split_random', position: { x: 300, y: 300 }, data: { branches: [{ id: 'a', label: 'Short', percent: 30 }, { id: 'b', label: 'Long', percent: 70 }] } },
      ],
    };
    const { store } = renderWithEditor(journey);
    act(() =>
      store.getState().actions.setTemplates([
        { name: 'promo', language: 'en', category: 'MARKETING', status: 'PENDING', components: { body: { text: 'Hi' } } },
      ]),
    );
    await act(async () => {});
    const promo = within(stepOf('promo'));
    expect(stepOf('promo').querySelector('.step-mono')).toHaveTextContent(/^promoen$/);
    expect(promo.getByText('Marketing')).toBeInTheDocument();
    expect(promo.getByText('Pending')).toBeInTheDocument();
    expect(within(stepOf('pause')).getByText('For 2 days')).toBeInTheDocument();
    expect(within(stepOf('ask')).getByText('Reply within 6 hours')).toBeInTheDocument();
    expect(within(stepOf('ask')).getByText('Keywords: OUI')).toBeInTheDocument();
    expect(within(stepOf('ab')).getByText('Short · 30 %')).toBeInTheDocument();
    expect(within(stepOf('ab')).getByText('Long · 70 %')).toBeInTheDocument();
    // A message step offers its failed output; the entry has no input.
    expect(screen.getByLabelText('Output “failed” of promo')).toBeInTheDocument();
    expect(screen.queryByLabelText('Input of in')).toBeNull();
  });

  it('marks a step with its error and warning counts, and lights the path of a window error with its hours', async () => {
    const { store } = renderWithEditor(lineJourney());
    await act(async () => {});
    act(() => {
      const { actions } = store.getState();
      const finding = {
        rule: 'session.outside-window' as const,
        severity: 'error' as const,
        node: 'hello',
        message: 'outside',
        params: { path: ['in', 'promo', 'pause', 'hello'] },
      };
      actions.setFindings([finding, { rule: 'template.pending', severity: 'warning', node: 'promo', message: 'pending' }]);
      actions.highlightFinding(finding);
    });
    expect(within(stepOf('hello')).getByRole('img', { name: '1 errors' })).toBeInTheDocument();
    expect(within(stepOf('promo')).getByRole('img', { name: '1 warnings' })).toBeInTheDocument();
    expect(stepOf('pause')).toHaveClass('is-lit');
    expect(stepOf('bye')).not.toHaveClass('is-lit');
    // An audience entry never opens the window: the target says so instead of counting hours.
    expect(within(stepOf('hello')).getByText('No message from the contact on this path')).toBeInTheDocument();
  });

  it('shows the hours since the contact last wrote along a path that opened the window', async () => {
    const journey = lineJourney();
    journey.nodes[0] = { id: 'in', type: 'entry', position: { x: 0, y: 0 }, data: { source: 'inbound_message' } };
    const { store } = renderWithEditor(journey);
    await act(async () => {});
    act(() => store.getState().actions.highlightFinding({ rule: 'session.outside-window', severity: 'error', node: 'hello', message: 'x', params: { path: ['in', 'promo', 'pause', 'hello'], hours: 48 } }));
    expect(within(stepOf('hello')).getByText('48 h without a reply')).toBeInTheDocument();
  });

  it('refuses a connection that closes a loop and says why', async () => {
    const { store } = renderWithEditor(lineJourney());
    await act(async () => {});
    act(() => void store.getState().actions.connect({ source: 'hello', sourceHandle: 'failed', target: 'promo' }));
    expect(store.getState().notice).toEqual({ kind: 'refused', reason: 'cycle' });
  });
});
