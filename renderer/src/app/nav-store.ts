import { create } from 'zustand';
import { firstScreen } from './screens';
import type { ScreenId } from './screens';

export type NavState = { screen: ScreenId };

/** Which screen is shown. There are no URLs to keep in sync: the app is one window. */
export const useNavStore = create<NavState>()(() => ({ screen: firstScreen }));

export const selectScreen = (state: NavState): ScreenId => state.screen;

export function navigate(screen: ScreenId): void {
  useNavStore.setState({ screen });
}

/** Back to the first screen, as at start-up (tests begin here). */
export function resetNavigation(): void {
  useNavStore.setState({ screen: firstScreen }, true);
}
