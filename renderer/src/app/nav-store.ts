import { create } from 'zustand';
import { firstScreen } from './screens';
import type { ScreenId } from './screens';

/** A screen of the navigation, or the editor of one journey (reached from the Journeys list). */
export type Route = ScreenId | 'editor';

export type NavState = {
  screen: Route;
  /** The journey the editor shows, when `screen` is `editor`. */
  journeyId: string | null;
  /** Opens the editor on a journey: `useNavStore.getState().openJourney(id)`. */
  openJourney(id: string): void;
};

/** Which screen is shown. There are no URLs to keep in sync: the app is one window. */
export const useNavStore = create<NavState>()((set) => ({
  screen: firstScreen,
  journeyId: null,
  openJourney: (id) => set({ screen: 'editor', journeyId: id }),
}));

export const selectScreen = (state: NavState): Route => state.screen;
export const selectJourneyId = (state: NavState): string | null => state.journeyId;

export function navigate(screen: ScreenId): void {
  useNavStore.setState({ screen, journeyId: null });
}

/** Opens the editor on a journey. */
export function openJourney(id: string): void {
  useNavStore.getState().openJourney(id);
}

/** Back to the first screen, as at start-up (tests begin here). */
export function resetNavigation(): void {
  useNavStore.setState({ screen: firstScreen, journeyId: null });
}
