/**
 * The trainer timeline as a trainer uses it: a persona on a journey that sends a free-form
 * message two days after the contact wrote; stepping forward reaches the window failure, the
 * clock shows the window closed and the rule's teaching text appears; the canvas highlight
 * follows the contact; lesson mode asks before it shows.
 */
import { readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { importJourneyFile } from '../../../core/journey';
import { ruleText } from '../../../core/rules';
import { clearOverlay, useCanvasOverlay } from '../../../renderer/src/editor/overlay/overlay-store';
import { resetSimulation } from '../../../renderer/src/simulation/sim-store';
import { TrainerPanel } from '../../../renderer/src/trainer/TrainerPanel';
import { openTestWorkspace } from '../db/test-db';
import { renderWithEditor } from '../editor/render-editor';

const file = importJourneyFile(readFileSync('test/fixtures/journeys/session.outside-window.bad.journey.json', 'utf8'));
if (!file.ok) throw new Error('fixture does not import');
const { journey, templates = [], channels = [] } = file.file;

function renderTrainer(language: 'en' | 'fr' = 'en') {
  openTestWorkspace();
  return renderWithEditor(journey, <TrainerPanel library={{ templates, channels, attributes: [] }} />, language);
}

async function stepToEnd(user: ReturnType<typeof userEvent.setup>, forward: string) {
  const button = screen.getByRole('button', { name: forward });
  while (!(button as HTMLButtonElement).disabled) await user.click(button);
}

afterEach(() => {
  resetSimulation();
  clearOverlay();
});

/** A whole panel in jsdom (database, simulation, charts) takes seconds when the whole suite runs at once. */
const SLOW = 20_000;

describe('the trainer timeline', () => {
  it('steps through a window failure: closed clock, the rule’s teaching text, the step highlighted', async () => {
    renderTrainer();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Play the timeline' }));
    const stepper = await screen.findByTestId('trainer-stepper', {}, { timeout: 5000 });
    expect(within(stepper).getByRole('status')).toHaveAttribute('data-window', 'open');
    await stepToEnd(user, 'Forward');
    // The last event is the exit after the failure: step back onto the failure itself.
    while (stepper.querySelector('.trainer-event')?.getAttribute('data-event') !== 'failed') await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(within(stepper).getByText('131047')).toBeInTheDocument();
    expect(within(stepper).getByRole('status')).toHaveAttribute('data-window', 'closed');
    const rule = within(stepper).getByRole('complementary', { name: 'The rule at work' });
    expect(rule).toHaveTextContent(ruleText('session.outside-window', 'en').teaching);
    expect(useCanvasOverlay.getState().highlight).toBe('follow-up');
  }, SLOW);

  it('asks for a prediction before each event in lesson mode, and says whether it was right', async () => {
    renderTrainer('fr');
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: /Mode leçon/ }));
    await user.click(screen.getByRole('button', { name: 'Lire la chronologie' }));
    const stepper = await screen.findByTestId('trainer-stepper', {}, { timeout: 5000 });
    expect(within(stepper).getByText('Événement 1 sur', { exact: false })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    // Not shown yet: the learner must choose first.
    expect(within(stepper).getByText('Événement 1 sur', { exact: false })).toBeInTheDocument();
    const choices = within(screen.getByRole('group', { name: 'Que se passe-t-il ensuite ?' })).getAllByRole('button');
    expect(choices).toHaveLength(3);
    await user.click(choices[0]!);
    await waitFor(() => expect(within(stepper).getByText('Événement 2 sur', { exact: false })).toBeInTheDocument());
    expect(stepper.querySelector('.trainer-verdict')?.textContent).toMatch(/Exact|Pas tout à fait/);
  }, SLOW);
});
