import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, renderAppStarting } from '../render-app';

const sections = ['Journeys', 'Templates', 'Audiences', 'Channels', 'Runs', 'Settings'];

describe('app shell', () => {
  it('opens on the Journeys screen with the sample journeys of a first start', async () => {
    await renderApp();
    expect(screen.getByRole('banner')).toHaveTextContent('Journey Studio for WhatsApp');
    expect(screen.getByRole('heading', { level: 1, name: 'Journeys' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Open Welcome series' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New journey' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Import a journey file' })).toBeEnabled();
  });

  it('names every section in the main navigation and marks the current one', async () => {
    await renderApp();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const buttons = within(nav).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual(sections);
    expect(within(nav).getByRole('button', { name: 'Journeys' })).toHaveAttribute('aria-current', 'page');
  });

  it.each([
    ['Templates', 'Your templates'],
    ['Audiences', 'Your audiences'],
    ['Channels', 'Your channels'],
    ['Runs', 'No runs yet'],
    ['Settings', 'Appearance'],
  ])('goes to %s and focuses its title', async (section, content) => {
    const { user } = await renderApp();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('button', { name: section }));

    const title = screen.getByRole('heading', { level: 1, name: section });
    expect(title).toHaveFocus();
    // An empty state names itself with a heading; a list with its table's caption.
    expect(await screen.findByRole(content.startsWith('Your') ? 'table' : 'heading', { name: content })).toBeInTheDocument();
    expect(within(nav).getByRole('button', { name: section })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('button', { name: 'Journeys' })).not.toHaveAttribute('aria-current');
  });

  it('is usable from the keyboard alone', async () => {
    const { user } = await renderApp();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Journeys' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Templates' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 1, name: 'Templates' })).toHaveFocus();
  });

  it('skips to the main content', async () => {
    const { user } = await renderApp();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('shows the screens, and raises the ready signal end-to-end tests wait on, only once the workspace is ready', async () => {
    renderAppStarting();
    // The first start's sample is not in yet: no screen could read or write the workspace.
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(document.documentElement.dataset.ready).toBeUndefined();
    expect(await screen.findByRole('heading', { level: 1, name: 'Journeys' })).toBeInTheDocument();
    expect(document.documentElement.dataset.ready).toBe('true');
  });
});
