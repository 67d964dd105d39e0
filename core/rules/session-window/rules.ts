/** Text of the session rule: free-form messages only inside the 24-hour customer service window. */
import type { RuleDefinition } from '../definition';

/** The session family of the catalogue. */
export const sessionRules: readonly RuleDefinition[] = [
  {
    id: 'session.outside-window',
    severity: 'error',
    title: { en: 'Outside the 24-hour window', fr: 'Hors de la fenêtre de 24 heures' },
    messages: {
      default: {
        en: '{node} sends a free-form message up to {hours} h after the contact last wrote (path {route}): the 24-hour window may have closed, and Meta refuses it with 131047. Send a template instead, or wait for a reply first.',
        fr: "{node} envoie un message libre jusqu'à {hours} h après le dernier message du contact (chemin {route}) : la fenêtre de 24 heures peut être fermée, et Meta le refuse avec 131047. Envoyez plutôt un modèle, ou attendez d'abord une réponse.",
      },
      unbounded: {
        en: '{node} sends a free-form message after a wait until a fixed date, which can come any time after the contact last wrote (path {route}): the 24-hour window may have closed (131047). Send a template instead, or wait for a reply first.',
        fr: "{node} envoie un message libre après une attente jusqu'à une date fixe, qui peut survenir n'importe quand après le dernier message du contact (chemin {route}) : la fenêtre de 24 heures peut être fermée (131047). Envoyez plutôt un modèle, ou attendez d'abord une réponse.",
      },
      'no-opening': {
        en: '{node} sends a free-form message, but on the path {route} the contact never writes to you: no 24-hour window is open, and Meta refuses it with 131047. Send a template instead, or wait for a reply first.',
        fr: "{node} envoie un message libre, mais sur le chemin {route} le contact ne vous écrit jamais : aucune fenêtre de 24 heures n'est ouverte, et Meta le refuse avec 131047. Envoyez plutôt un modèle, ou attendez d'abord une réponse.",
      },
      ad: {
        en: '{node} sends a free-form message up to {hours} h after the contact wrote from an ad (path {route}): the ad makes messages free for 72 hours, but the window to send free-form messages still closes after 24 (131047).',
        fr: "{node} envoie un message libre jusqu'à {hours} h après que le contact a écrit depuis une publicité (chemin {route}) : la publicité rend les messages gratuits pendant 72 heures, mais la fenêtre des messages libres se ferme toujours au bout de 24 (131047).",
      },
    },
    teaching: {
      en: 'A free-form message (text, buttons, media) may only be sent within 24 hours of the contact\'s last message to you: each inbound message opens or resets this customer service window, and nothing you send opens it, not even a template. Outside the window only an approved template may be sent; Meta refuses anything else with error 131047 ("Re-engagement message"), which must not be retried. A contact who writes from a Click-to-WhatsApp ad makes every message free for 72 hours once you reply, but that is about price: the window for free-form messages still lasts 24 hours.',
      fr: "Un message libre (texte, boutons, média) ne peut être envoyé que dans les 24 heures qui suivent le dernier message du contact : chaque message reçu ouvre ou relance cette fenêtre de service client, et rien de ce que vous envoyez ne l'ouvre, pas même un modèle. Hors de la fenêtre, seul un modèle approuvé peut être envoyé ; Meta refuse tout le reste avec l'erreur 131047 (« Re-engagement message »), qu'il ne faut pas renvoyer. Un contact qui écrit depuis une publicité Click-to-WhatsApp rend tous les messages gratuits pendant 72 heures après votre réponse, mais c'est une question de prix : la fenêtre des messages libres dure toujours 24 heures.",
    },
    sources: [
      'WhatsApp rules §3 customer service window and free entry point',
      '[Meta] messages/send-messages "Service messages"; [3p] 360dialog per-message-pricing; [3p] hapana',
      'WhatsApp rules §4.2 (131047 re-engagement: do not retry)',
    ],
    metaErrors: [131047],
  },
];
