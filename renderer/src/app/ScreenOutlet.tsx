import type { ComponentType } from 'react';
import { AudiencesScreen } from '../screens/audiences/AudiencesScreen';
import { ChannelsScreen } from '../screens/channels/ChannelsScreen';
import { JourneysScreen } from '../screens/journeys/JourneysScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { TemplatesScreen } from '../screens/templates/TemplatesScreen';
import { selectScreen, useNavStore } from './nav-store';
import type { ScreenId } from './screens';

const screens: Record<ScreenId, ComponentType> = {
  journeys: JourneysScreen,
  templates: TemplatesScreen,
  audiences: AudiencesScreen,
  channels: ChannelsScreen,
  settings: SettingsScreen,
};

export function ScreenOutlet() {
  const Screen = screens[useNavStore(selectScreen)];
  return <Screen />;
}
