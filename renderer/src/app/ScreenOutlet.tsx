import type { ComponentType } from 'react';
import { EditorScreen } from '../editor/page/EditorScreen';
import { AudiencesScreen } from '../screens/audiences/AudiencesScreen';
import { ChannelsScreen } from '../screens/channels/ChannelsScreen';
import { JourneysScreen } from '../screens/journeys/JourneysScreen';
import { RunsScreen } from '../screens/runs/RunsScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { TemplatesScreen } from '../screens/templates/TemplatesScreen';
import { selectScreen, useNavStore } from './nav-store';
import type { Route } from './nav-store';

const screens: Record<Route, ComponentType> = {
  journeys: JourneysScreen,
  templates: TemplatesScreen,
  audiences: AudiencesScreen,
  channels: ChannelsScreen,
  runs: RunsScreen,
  settings: SettingsScreen,
  editor: EditorScreen,
};

export function ScreenOutlet() {
  const Screen = screens[useNavStore(selectScreen)];
  return <Screen />;
}
