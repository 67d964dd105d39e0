/** The screens of the app, in navigation order. Settings sits apart at the foot of the bar. */
export const screenIds = ['journeys', 'templates', 'audiences', 'channels', 'runs', 'settings'] as const;
export type ScreenId = (typeof screenIds)[number];

export const firstScreen: ScreenId = 'journeys';
