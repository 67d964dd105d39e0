/**
 * English messages: the reference set. `fr.ts` must have exactly the same keys (the compiler
 * checks it through {@link Messages}, and a test checks it again at run time).
 */
import { editorEn } from './editor.en';
import { findingsEn } from './findings.en';
import { workspaceEn } from './workspace.en';
import { simulationEn } from './simulation.en';
import { runsEn } from './runs.en';
import { channelsMetaEn } from './channels-meta.en';
import { channelsSandboxEn } from './channels-sandbox.en';
import { inspectorEn } from './inspector.en';
import { templateLibraryEn } from './template-library.en';
import { templateReviewEn } from './template-review.en';

export const en = {
  app: {
    name: 'Journey Studio for WhatsApp',
    skipToContent: 'Skip to content',
    mainNavigation: 'Main',
    loading: 'Loading…',
    workspaceFailed: 'The workspace could not be opened: {{message}}',
  },
  nav: {
    journeys: 'Journeys',
    templates: 'Templates',
    audiences: 'Audiences',
    channels: 'Channels',
    settings: 'Settings',
  },
  comingSoon: 'Arrives in an upcoming version of Journey Studio.',
  journeys: {
    title: 'Journeys',
    subtitle: 'Design the path each contact follows: messages, waits, branches and exits.',
    emptyTitle: 'No journeys yet',
    emptyBody:
      'A journey is drawn on a canvas. Each step is checked against WhatsApp rules as you draw, and you can simulate it over an audience before running it for real.',
    create: 'New journey',
    import: 'Import a journey file',
  },
  templates: {
    title: 'Templates',
    subtitle: 'Message templates, their category and their approval status at Meta.',
    emptyTitle: 'No templates yet',
    emptyBody:
      'Outside the 24-hour customer service window, WhatsApp only delivers approved templates. Templates you write or import will be listed here with their status.',
    create: 'New template',
  },
  audiences: {
    title: 'Audiences',
    subtitle: 'Contacts who agreed to receive your WhatsApp messages.',
    emptyTitle: 'No audiences yet',
    emptyBody:
      'An audience is a list of contacts with their opt-in. Import one from a CSV file to simulate or run a journey over it.',
    import: 'Import contacts from CSV',
  },
  channels: {
    title: 'Channels',
    subtitle: 'The WhatsApp business phone numbers that send your journeys.',
    emptyTitle: 'No channels yet',
    emptyBody:
      'A channel is either the built-in sandbox, which behaves like the WhatsApp Cloud API without sending anything, or a real phone number from your Meta account.',
    connect: 'Connect a channel',
  },
  settings: {
    title: 'Settings',
    subtitle: 'Preferences for this computer.',
    appearance: 'Appearance',
    language: 'Language',
    theme: 'Theme',
    themeLight: 'Light',
    themeDark: 'Dark',
    themeSystem: 'System',
    themeSystemHint: 'System follows the light or dark mode of your operating system.',
  },
  languages: {
    en: 'English',
    fr: 'Français',
  },
  about: {
    title: 'About',
    version: 'Version',
    host: 'Running as',
    hostElectron: 'Desktop application (Electron)',
    hostWeb: 'Web host (in a browser)',
    dataDir: 'Data folder',
    secretStorage: 'Secret storage',
    secretEncrypted: 'Encrypted by the operating system',
    secretPlaintext: 'Plain text (this system has no keyring)',
    secretUserFile: 'A file readable only by your user account',
    loadError: 'The app information could not be read: {{message}}',
    retry: 'Try again',
  },
  ...findingsEn,
  ...inspectorEn,
  ...templateLibraryEn,
  ...templateReviewEn,
  ...editorEn,
  ...workspaceEn,
  ...simulationEn,
  ...runsEn,
  ...channelsMetaEn,
  ...channelsSandboxEn,
};

/** The shape every language file must have: the keys of `en`, each a string. */
export type Messages = typeof en;
