/**
 * Catalog part 2: errors about one message or one recipient: delivery, windows, consent,
 * throughput and per-user limits. Facts from whatsapp-rules.md §3, §4.2, §5 and §7.
 */
import { META_TABLE, type ErrorEntry } from './error-info';

const DAY_MS = 24 * 3_600_000;

/** Delivery, window, consent, throughput and per-user limit errors, by code. */
export const MESSAGING_ERRORS: Record<number, ErrorEntry> = {
  130429: {
    title: 'Rate limit hit',
    meaning: {
      en: 'The phone number went over its throughput (messages per second, inbound plus outbound).',
      fr: 'Le numéro a dépassé son débit (messages par seconde, entrants et sortants confondus).',
    },
    httpStatus: 400,
    retryable: 'yes',
    retryAfterMs: 1_000,
    action: {
      en: 'Nothing to fix: the app slows down and retries. Lower the channel\'s messages per second if it recurs.',
      fr: "Rien à corriger : l'application ralentit et réessaie. Baissez le débit du canal si cela se reproduit.",
    },
    source: `${META_TABLE}; Meta throughput page (some BSPs answer 429)`,
  },
  130472: {
    title: "User's number is part of an experiment",
    meaning: {
      en: 'Meta held the message back because the recipient is in one of its experiments.',
      fr: "Meta n'a pas remis le message car le destinataire fait partie d'une de ses expériences.",
    },
    httpStatus: 400,
    retryable: 'no',
    action: { en: 'Nothing to fix; this contact cannot be reached for now.', fr: 'Rien à corriger ; ce contact est injoignable pour le moment.' },
    source: META_TABLE,
  },
  131026: {
    title: 'Message undeliverable',
    meaning: {
      en: 'The recipient cannot receive it: not on WhatsApp, an old app, terms not accepted, or the business is blocked.',
      fr: "Le destinataire ne peut pas le recevoir : pas sur WhatsApp, application trop ancienne, conditions non acceptées ou entreprise bloquée.",
    },
    httpStatus: 400,
    retryable: 'no',
    action: {
      en: 'Do not resend on WhatsApp; reach the contact through another channel if needed.',
      fr: 'Ne renvoyez pas sur WhatsApp ; joignez le contact par un autre canal si besoin.',
    },
    source: META_TABLE,
  },
  131047: {
    title: 'Re-engagement message',
    meaning: {
      en: 'More than 24 hours since the contact last wrote: the customer service window is closed, so only templates may be sent.',
      fr: "Plus de 24 heures depuis le dernier message du contact : la fenêtre de service client est fermée, seuls les modèles sont permis.",
    },
    httpStatus: 400,
    retryable: 'no',
    action: {
      en: 'Send an approved template instead, or wait for the contact to write first.',
      fr: "Envoyez plutôt un modèle approuvé, ou attendez que le contact écrive d'abord.",
    },
    source: `${META_TABLE}; Meta send-messages "Service messages"`,
  },
  131048: {
    title: 'Spam rate limit hit',
    meaning: {
      en: 'Sending is restricted because many recipients blocked or reported the number.',
      fr: "L'envoi est restreint car de nombreux destinataires ont bloqué ou signalé le numéro.",
    },
    httpStatus: 400,
    retryable: 'later',
    action: {
      en: 'Pause the campaign, send far less, and review the quality rating and who receives what.',
      fr: "Mettez la campagne en pause, envoyez beaucoup moins, et revoyez la note de qualité et le ciblage.",
    },
    source: META_TABLE,
  },
  131049: {
    title: 'Not delivered to maintain healthy ecosystem engagement',
    meaning: {
      en: 'Meta held back this marketing template: the contact reached their limit of marketing messages (from all businesses), or is a US (+1) number.',
      fr: "Meta a retenu ce modèle marketing : le contact a atteint sa limite de messages marketing (toutes entreprises confondues), ou c'est un numéro américain (+1).",
    },
    httpStatus: 400,
    retryable: 'later',
    retryAfterMs: DAY_MS,
    action: {
      en: 'Do not resend before 24 hours; earlier resends fail again. US numbers only get utility and authentication templates.',
      fr: 'Ne renvoyez pas avant 24 heures : un renvoi plus tôt échoue aussi. Les numéros américains ne reçoivent que les modèles utilitaires et d\'authentification.',
    },
    source: `${META_TABLE}; Meta per-user marketing limits (wait at least 24 h); zoho (US block since 2025-04-01)`,
  },
  131050: {
    title: 'User has stopped marketing messages',
    meaning: {
      en: 'The contact turned off marketing messages from this business in WhatsApp.',
      fr: "Le contact a désactivé dans WhatsApp les messages marketing de cette entreprise.",
    },
    httpStatus: 400,
    retryable: 'no',
    action: {
      en: 'Treat it as a marketing opt-out: the app stops sending marketing templates to this contact.',
      fr: "Traitez-le comme un refus du marketing : l'application n'envoie plus de modèles marketing à ce contact.",
    },
    source: `${META_TABLE}; charles`,
  },
  131051: {
    title: 'Unsupported message type',
    meaning: { en: 'WhatsApp does not support this message type.', fr: 'WhatsApp ne prend pas en charge ce type de message.' },
    httpStatus: 400,
    retryable: 'no',
    action: { en: 'Change the message to a supported type.', fr: 'Changez le message pour un type pris en charge.' },
    source: META_TABLE,
  },
  131052: {
    title: 'Media download error',
    meaning: {
      en: 'Media the contact sent could not be downloaded.',
      fr: "Un média envoyé par le contact n'a pas pu être téléchargé.",
    },
    httpStatus: 400,
    retryable: 'no',
    action: { en: 'Ask the contact to send the file again.', fr: 'Demandez au contact de renvoyer le fichier.' },
    source: META_TABLE,
  },
  131053: {
    title: 'Media upload error',
    meaning: {
      en: 'The media of the message could not be used: wrong type, too large, or its URL is unreachable.',
      fr: "Le média du message est inutilisable : type incorrect, trop volumineux, ou adresse inaccessible.",
    },
    httpStatus: 400,
    retryable: 'no',
    action: {
      en: 'Fix the media (a public HTTPS URL, a supported type and size), then send again.',
      fr: 'Corrigez le média (une adresse HTTPS publique, un type et une taille acceptés), puis renvoyez.',
    },
    source: META_TABLE,
  },
  131056: {
    title: '(Business Account, Consumer Account) pair rate limit hit',
    meaning: {
      en: 'Too many messages to the same contact in a short time (about one every 6 seconds). Other contacts are not affected.',
      fr: "Trop de messages au même contact en peu de temps (environ un toutes les 6 secondes). Les autres contacts ne sont pas concernés.",
    },
    httpStatus: 400,
    retryable: 'yes',
    retryAfterMs: 6_000,
    action: {
      en: 'Nothing to fix: the app retries this contact a few seconds later.',
      fr: "Rien à corriger : l'application réessaie ce contact quelques secondes plus tard.",
    },
    source: `${META_TABLE}; Meta throughput page; dev.to wapgrowai`,
  },
};
