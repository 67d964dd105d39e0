import type { Messages } from './en';
import { editorFr } from './editor.fr';
import { findingsFr } from './findings.fr';
import { workspaceFr } from './workspace.fr';
import { simulationFr } from './simulation.fr';
import { runsFr } from './runs.fr';
import { channelsMetaFr } from './channels-meta.fr';
import { channelsSandboxFr } from './channels-sandbox.fr';
import { inspectorFr } from './inspector.fr';
import { templateLibraryFr } from './template-library.fr';
import { templateReviewFr } from './template-review.fr';

/** French messages: the same keys as `en.ts`, enforced by the {@link Messages} type. */
export const fr: Messages = {
  app: {
    name: 'Journey Studio for WhatsApp',
    skipToContent: 'Aller au contenu',
    mainNavigation: 'Principale',
    loading: 'Chargement…',
    workspaceFailed: 'L’espace de travail n’a pas pu être ouvert : {{message}}',
  },
  nav: {
    journeys: 'Parcours',
    templates: 'Modèles',
    audiences: 'Audiences',
    channels: 'Canaux',
    settings: 'Réglages',
  },
  comingSoon: 'Disponible dans une prochaine version de Journey Studio.',
  journeys: {
    title: 'Parcours',
    subtitle: 'Dessinez le chemin que suit chaque contact : messages, attentes, embranchements et sorties.',
    emptyTitle: 'Aucun parcours pour le moment',
    emptyBody:
      'Un parcours se dessine sur un canevas. Chaque étape est vérifiée au fil du dessin selon les règles de WhatsApp, et vous pouvez le simuler sur une audience avant de le lancer pour de vrai.',
    create: 'Nouveau parcours',
    import: 'Importer un fichier de parcours',
  },
  templates: {
    title: 'Modèles',
    subtitle: 'Les modèles de message, leur catégorie et leur statut d’approbation chez Meta.',
    emptyTitle: 'Aucun modèle pour le moment',
    emptyBody:
      'Hors de la fenêtre de service client de 24 heures, WhatsApp ne délivre que des modèles approuvés. Les modèles que vous rédigez ou importez apparaîtront ici avec leur statut.',
    create: 'Nouveau modèle',
  },
  audiences: {
    title: 'Audiences',
    subtitle: 'Les contacts qui ont accepté de recevoir vos messages WhatsApp.',
    emptyTitle: 'Aucune audience pour le moment',
    emptyBody:
      'Une audience est une liste de contacts avec leur consentement. Importez-la depuis un fichier CSV pour simuler ou lancer un parcours.',
    import: 'Importer des contacts (CSV)',
  },
  channels: {
    title: 'Canaux',
    subtitle: 'Les numéros WhatsApp Business qui envoient vos parcours.',
    emptyTitle: 'Aucun canal pour le moment',
    emptyBody:
      'Un canal est soit le bac à sable intégré, qui se comporte comme l’API WhatsApp Cloud sans rien envoyer, soit un vrai numéro de votre compte Meta.',
    connect: 'Connecter un canal',
  },
  settings: {
    title: 'Réglages',
    subtitle: 'Préférences pour cet ordinateur.',
    appearance: 'Apparence',
    language: 'Langue',
    theme: 'Thème',
    themeLight: 'Clair',
    themeDark: 'Sombre',
    themeSystem: 'Système',
    themeSystemHint: 'Système suit le mode clair ou sombre de votre système d’exploitation.',
  },
  languages: {
    en: 'English',
    fr: 'Français',
  },
  about: {
    title: 'À propos',
    version: 'Version',
    host: 'Exécution',
    hostElectron: 'Application de bureau (Electron)',
    hostWeb: 'Hôte web (dans un navigateur)',
    dataDir: 'Dossier de données',
    secretStorage: 'Stockage des secrets',
    secretEncrypted: 'Chiffré par le système d’exploitation',
    secretPlaintext: 'Texte brut (ce système n’a pas de trousseau)',
    secretUserFile: 'Un fichier lisible uniquement par votre compte',
    loadError: 'Impossible de lire les informations de l’application : {{message}}',
    retry: 'Réessayer',
  },
  ...findingsFr,
  ...inspectorFr,
  ...templateLibraryFr,
  ...templateReviewFr,
  ...editorFr,
  ...workspaceFr,
  ...simulationFr,
  ...runsFr,
  ...channelsMetaFr,
  ...channelsSandboxFr,
};
