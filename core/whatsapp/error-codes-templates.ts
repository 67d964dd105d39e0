/**
 * Catalog part 3: template and flow errors (1320xx) and phone number registration errors
 * (1330xx). Facts from whatsapp-rules.md §2.4 and §4.2.
 */
import { META_TABLE, type ErrorEntry } from './error-info';

const FIX_TEMPLATE_SEND = {
  en: 'Fix the node\'s parameters so they match the template, then send again.',
  fr: 'Corrigez les paramètres du nœud pour qu\'ils correspondent au modèle, puis renvoyez.',
};

const REGISTRATION: Omit<ErrorEntry, 'title' | 'meaning'> = {
  httpStatus: 400,
  retryable: 'no',
  action: {
    en: 'Finish the phone number\'s registration in WhatsApp Manager (two-step PIN), then run again.',
    fr: "Terminez l'enregistrement du numéro dans le WhatsApp Manager (code PIN en deux étapes), puis relancez.",
  },
  source: META_TABLE,
};

/** Template, flow and phone number registration errors, by code. */
export const TEMPLATE_ERRORS: Record<number, ErrorEntry> = {
  132000: {
    title: 'Number of parameters does not match the expected number of params',
    meaning: {
      en: 'The send gave more or fewer values than the template has placeholders.',
      fr: 'L\'envoi fournit plus ou moins de valeurs que le modèle n\'a de variables.',
    },
    httpStatus: 400,
    retryable: 'no',
    action: FIX_TEMPLATE_SEND,
    source: META_TABLE,
  },
  132001: {
    title: 'Template does not exist',
    meaning: {
      en: 'No approved template with this name in this language (the language code must match exactly, e.g. en vs en_US).',
      fr: "Aucun modèle approuvé de ce nom dans cette langue (le code de langue doit correspondre exactement, ex. en ou en_US).",
    },
    httpStatus: 404,
    retryable: 'no',
    action: {
      en: 'Check the template name and language against WhatsApp Manager, or sync the templates.',
      fr: 'Vérifiez le nom et la langue du modèle dans le WhatsApp Manager, ou synchronisez les modèles.',
    },
    source: META_TABLE,
  },
  132005: {
    title: 'Template hydrated text too long',
    meaning: {
      en: 'Once the values are filled in, the text is longer than Meta allows.',
      fr: 'Une fois les valeurs insérées, le texte dépasse la longueur permise par Meta.',
    },
    httpStatus: 400,
    retryable: 'no',
    action: { en: 'Use shorter values for the placeholders.', fr: 'Utilisez des valeurs plus courtes pour les variables.' },
    source: META_TABLE,
  },
  132007: {
    title: 'Template format character policy violated',
    meaning: {
      en: 'A value breaks Meta\'s formatting rules (for example new lines, tabs or too many spaces in a parameter).',
      fr: "Une valeur enfreint les règles de mise en forme de Meta (par exemple retours à la ligne, tabulations ou espaces multiples).",
    },
    httpStatus: 400,
    retryable: 'no',
    action: { en: 'Remove line breaks, tabs and runs of spaces from the values.', fr: 'Retirez des valeurs les retours à la ligne, tabulations et espaces multiples.' },
    source: META_TABLE,
  },
  132012: {
    title: 'Template parameter format mismatch',
    meaning: {
      en: 'A value has the wrong type or shape for its placeholder (for example text where an image header is expected, or named vs numbered).',
      fr: "Une valeur n'a pas le type ou la forme attendus (par exemple du texte au lieu d'une image d'en-tête, ou nommée au lieu de numérotée).",
    },
    httpStatus: 400,
    retryable: 'no',
    action: FIX_TEMPLATE_SEND,
    source: META_TABLE,
  },
  132015: {
    title: 'Template is paused',
    meaning: {
      en: 'Meta paused the template for low quality (3 hours the first time, 6 hours the second).',
      fr: 'Meta a mis le modèle en pause pour qualité insuffisante (3 heures la première fois, 6 heures la deuxième).',
    },
    httpStatus: 400,
    retryable: 'later',
    retryAfterMs: 3 * 3_600_000,
    action: {
      en: 'Wait until it is approved again, and improve the template: a third pause disables it for good.',
      fr: 'Attendez sa réapprobation et améliorez le modèle : une troisième pause le désactive définitivement.',
    },
    source: `${META_TABLE}; ycloud template-reviewed`,
  },
  132016: {
    title: 'Template is disabled',
    meaning: {
      en: 'Meta disabled the template for good after repeated pauses.',
      fr: 'Meta a désactivé définitivement le modèle après plusieurs pauses.',
    },
    httpStatus: 400,
    retryable: 'no',
    action: { en: 'Create a new template with different content.', fr: 'Créez un nouveau modèle au contenu différent.' },
    source: `${META_TABLE}; ycloud template-reviewed`,
  },
  132068: {
    title: 'Flow is in blocked state',
    meaning: { en: 'The WhatsApp Flow in this message is blocked.', fr: 'Le Flow WhatsApp de ce message est bloqué.' },
    httpStatus: 400,
    retryable: 'no',
    action: { en: 'Fix the Flow in WhatsApp Manager.', fr: 'Corrigez le Flow dans le WhatsApp Manager.' },
    source: META_TABLE,
  },
  132069: {
    title: 'Flow is in throttled state',
    meaning: {
      en: 'The WhatsApp Flow is throttled: 10 messages per hour with it.',
      fr: 'Le Flow WhatsApp est limité : 10 messages par heure avec lui.',
    },
    httpStatus: 400,
    retryable: 'later',
    retryAfterMs: 3_600_000,
    action: { en: 'Send later, and fix the Flow\'s health in WhatsApp Manager.', fr: 'Envoyez plus tard et corrigez l\'état du Flow dans le WhatsApp Manager.' },
    source: META_TABLE,
  },
  133000: {
    ...REGISTRATION,
    title: 'Incomplete deregistration',
    meaning: { en: 'A previous deregistration of the number did not finish.', fr: "Un désenregistrement précédent du numéro n'a pas abouti." },
    httpStatus: 500,
  },
  133005: {
    ...REGISTRATION,
    title: 'Two step verification PIN mismatch',
    meaning: { en: 'The two-step verification PIN is wrong.', fr: 'Le code PIN de vérification en deux étapes est incorrect.' },
  },
  133006: {
    ...REGISTRATION,
    title: 'Phone number re-verification needed',
    meaning: { en: 'The phone number must be verified again before registering.', fr: 'Le numéro doit être vérifié à nouveau avant son enregistrement.' },
  },
  133007: {
    ...REGISTRATION,
    title: 'Registration error',
    meaning: {
      en: 'A phone number registration error (listed in Meta\'s 133005–133009 range; exact meaning not confirmed).',
      fr: "Une erreur d'enregistrement du numéro (dans la plage 133005–133009 de Meta ; sens exact non confirmé).",
    },
  },
  133008: {
    ...REGISTRATION,
    title: 'Too many two step verification PIN guesses',
    meaning: { en: 'Too many wrong PIN attempts for this number.', fr: 'Trop de tentatives de code PIN erronées pour ce numéro.' },
    retryable: 'later',
  },
  133009: {
    ...REGISTRATION,
    title: 'Two step verification PIN guessed too fast',
    meaning: { en: 'PIN attempts came too quickly.', fr: 'Les tentatives de code PIN étaient trop rapprochées.' },
    retryable: 'later',
  },
  133010: {
    ...REGISTRATION,
    title: 'Phone number not registered',
    meaning: { en: 'The sending number is not registered on the Cloud API.', fr: "Le numéro expéditeur n'est pas enregistré sur la Cloud API." },
  },
  133015: {
    ...REGISTRATION,
    title: 'Please wait a few minutes before attempting to register this phone number',
    meaning: { en: 'The number was deleted recently and cannot be registered yet.', fr: 'Le numéro a été supprimé récemment et ne peut pas encore être enregistré.' },
    retryable: 'later',
    retryAfterMs: 5 * 60_000,
  },
  133016: {
    ...REGISTRATION,
    title: 'Account register/deregister rate limit exceeded',
    meaning: { en: 'Too many registration attempts for this number.', fr: "Trop de tentatives d'enregistrement pour ce numéro." },
    retryable: 'later',
  },
};
