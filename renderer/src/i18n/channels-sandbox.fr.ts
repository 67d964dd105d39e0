import type { channelsSandboxEn } from './channels-sandbox.en';

/** Textes du lien d’un canal sandbox avec le sandbox intégré de l’application. */
export const channelsSandboxFr: typeof channelsSandboxEn = {
  channelsSandbox: {
    title: 'Sandbox intégré : {{name}}',
    loading: 'Recherche du sandbox…',
    running: 'en marche',
    runningAt: 'Le sandbox tourne avec l’application à l’adresse',
    notRunning: 'Cet hôte ne fait tourner aucun sandbox : les exécutions sur ce canal ne peuvent pas envoyer.',
    failed: 'Le sandbox est injoignable : {{message}}',
    hint: 'Il répond comme l’API Cloud de Meta : il examine les modèles que vous soumettez (approuvés ou refusés après un court délai), livre à des destinataires simulés qui lisent, cliquent et répondent, et envoie des webhooks signés à l’application.',
    sync: 'Synchroniser les modèles du sandbox',
    synced_one: '{{count}} modèle synchronisé depuis le sandbox.',
    synced_other: '{{count}} modèles synchronisés depuis le sandbox.',
  },
};
