/** Texts of the wait rules: every wait must end, at a time that can be computed. */
import type { RuleDefinition } from '../definition';

const SPEC = 'Journey format spec: wait and wait_for_reply nodes (shared/spec/journey-format.md)';

/** The wait family of the catalogue. */
export const waitRules: readonly RuleDefinition[] = [
  {
    id: 'wait.invalid',
    severity: 'error',
    title: { en: 'Invalid wait', fr: 'Attente invalide' },
    messages: {
      default: { en: 'Wait {node} is invalid.', fr: "L'attente {node} est invalide." },
      duration: {
        en: 'Wait {node} lasts {amount} {unit}: a wait must last longer than zero.',
        fr: "L'attente {node} dure {amount} {unit} : une attente doit durer plus que zéro.",
      },
      time: {
        en: 'Wait {node}: "{time}" is not a time of day (HH:MM, from 00:00 to 23:59).',
        fr: "Attente {node} : « {time} » n'est pas une heure (HH:MM, de 00:00 à 23:59).",
      },
      date: {
        en: 'Wait {node}: "{at}" is not a date and time with a time zone, such as 2026-12-01T09:00:00Z.',
        fr: "Attente {node} : « {at} » n'est pas une date et heure avec fuseau, comme 2026-12-01T09:00:00Z.",
      },
      timezone: {
        en: 'The journey\'s time zone "{zone}" is not a time zone (use an IANA name such as Europe/Paris or America/Sao_Paulo): times of day and quiet hours would be read in UTC.',
        fr: "Le fuseau horaire du parcours « {zone} » n'est pas un fuseau (utilisez un nom IANA comme Europe/Paris ou America/Sao_Paulo) : les heures de la journée et les heures calmes seraient lues en UTC.",
      },
      past: {
        en: 'Wait {node} waits until {at}, before the journey starts ({start}): contacts would not wait at all.',
        fr: "L'attente {node} dure jusqu'au {at}, avant le début du parcours ({start}) : les contacts n'attendraient pas du tout.",
      },
    },
    teaching: {
      en: 'A wait holds each contact for a duration, until a time of day in the journey\'s time zone, or until a fixed date. A zero or negative duration, a time that does not exist or a date already past when the journey starts means the step does not do what it says. A date needs its time zone (Z or +01:00) so that it means the same moment on every machine, and the journey\'s time zone must be a real one (an IANA name such as Europe/Paris) for "09:00" and quiet hours to mean the contacts\' morning and night.',
      fr: "Une attente retient chaque contact pendant une durée, jusqu'à une heure de la journée dans le fuseau du parcours, ou jusqu'à une date fixe. Une durée nulle ou négative, une heure qui n'existe pas ou une date déjà passée au lancement du parcours font que l'étape ne fait pas ce qu'elle annonce. Une date doit porter son fuseau (Z ou +01:00) pour désigner le même instant sur toutes les machines, et le fuseau du parcours doit exister (un nom IANA comme Europe/Paris) pour que « 09:00 » et les heures calmes désignent le matin et la nuit des contacts.",
    },
    sources: [SPEC],
  },
  {
    id: 'wait.reply-timeout',
    severity: 'error',
    title: { en: 'Wait for reply without timeout', fr: 'Attente de réponse sans délai' },
    messages: {
      default: {
        en: '{node} waits for a reply without a timeout: contacts who never answer would wait forever.',
        fr: "{node} attend une réponse sans délai maximal : les contacts qui ne répondent jamais attendraient indéfiniment.",
      },
      'not-positive': {
        en: '{node} waits for a reply for {amount} {unit}: the timeout must be longer than zero.',
        fr: '{node} attend une réponse pendant {amount} {unit} : le délai doit être supérieur à zéro.',
      },
    },
    teaching: {
      en: 'Most contacts never reply, so a wait for reply needs a timeout that sends them down the "timeout" branch. Choose it with the window in mind: the customer service window lasts 24 hours from the contact\'s last message, so after a long timeout only templates may be sent (free-form messages fail with 131047).',
      fr: "La plupart des contacts ne répondent jamais : une attente de réponse a besoin d'un délai qui les envoie vers la branche « délai dépassé ». Choisissez-le en pensant à la fenêtre : la fenêtre de service client dure 24 heures depuis le dernier message du contact, donc après un long délai seuls des modèles peuvent être envoyés (les messages libres échouent avec 131047).",
    },
    sources: [SPEC, 'WhatsApp rules §3 customer service window'],
  },
];
