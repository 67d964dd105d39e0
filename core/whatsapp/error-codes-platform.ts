/**
 * Catalog part 1: authorisation, permissions, API rate limits, generic and account errors.
 * Facts from whatsapp-rules.md §4.2; wording is the app's own.
 */
import { META_TABLE, type ErrorEntry } from './error-info';

const BACKOFF = {
  en: 'Nothing to fix: the app retries with a growing delay. If it keeps failing, check Meta\'s status page.',
  fr: "Rien à corriger : l'application réessaie avec un délai croissant. Si l'échec persiste, consultez la page d'état de Meta.",
};

const TEMPORARY: Omit<ErrorEntry, 'title' | 'httpStatus'> = {
  meaning: { en: 'A temporary problem on Meta\'s side.', fr: 'Un problème passager du côté de Meta.' },
  retryable: 'yes',
  action: BACKOFF,
  source: META_TABLE,
};

const BAD_REQUEST: Omit<ErrorEntry, 'title'> = {
  meaning: {
    en: 'The request lacks a required field or has an invalid value (for example a wrong phone number ID).',
    fr: "La requête omet un champ obligatoire ou contient une valeur invalide (par exemple un mauvais identifiant de numéro).",
  },
  httpStatus: 400,
  retryable: 'no',
  action: {
    en: 'Check the channel settings (phone number ID, WABA ID) and the message content, then send again.',
    fr: "Vérifiez les réglages du canal (identifiant du numéro, identifiant WABA) et le contenu du message, puis renvoyez.",
  },
  source: META_TABLE,
};

/** Permission errors 10 and 200–299 share this entry. */
export const PERMISSION_DENIED: ErrorEntry = {
  title: 'Permission denied',
  meaning: {
    en: 'The access token lacks a permission, or the permission was removed.',
    fr: "Le jeton d'accès n'a pas une permission requise, ou elle a été retirée.",
  },
  httpStatus: 403,
  retryable: 'no',
  action: {
    en: 'Use a system-user token with whatsapp_business_messaging and whatsapp_business_management.',
    fr: 'Utilisez un jeton d\'utilisateur système avec whatsapp_business_messaging et whatsapp_business_management.',
  },
  source: META_TABLE,
};

/** Authorisation, permission, API rate limit, generic and account errors, by code. */
export const PLATFORM_ERRORS: Record<number, ErrorEntry> = {
  0: {
    title: 'AuthException',
    meaning: { en: 'The access token could not be validated.', fr: "Le jeton d'accès n'a pas pu être validé." },
    httpStatus: 401,
    retryable: 'no',
    action: { en: 'Enter a fresh access token for this channel.', fr: "Saisissez un nouveau jeton d'accès pour ce canal." },
    source: META_TABLE,
  },
  1: { ...TEMPORARY, title: 'API Unknown', httpStatus: 500 },
  2: { ...TEMPORARY, title: 'API Service', httpStatus: 503 },
  3: {
    title: 'API Method',
    meaning: { en: 'A capability or permission is missing for this call.', fr: 'Une capacité ou une permission manque pour cet appel.' },
    httpStatus: 500,
    retryable: 'no',
    action: {
      en: 'Check the app\'s permissions and the WhatsApp product setup in Meta\'s App Dashboard.',
      fr: "Vérifiez les permissions de l'application et la configuration WhatsApp dans le tableau de bord Meta.",
    },
    source: META_TABLE,
  },
  4: {
    title: 'API Too Many Calls',
    meaning: { en: 'The app made too many API calls.', fr: "L'application a fait trop d'appels à l'API." },
    httpStatus: 400,
    retryable: 'yes',
    action: BACKOFF,
    source: META_TABLE,
  },
  10: PERMISSION_DENIED,
  33: { ...BAD_REQUEST, title: 'Parameter value is not valid' },
  100: { ...BAD_REQUEST, title: 'Invalid parameter' },
  190: {
    title: 'Access token has expired',
    meaning: { en: 'The access token expired.', fr: "Le jeton d'accès a expiré." },
    httpStatus: 401,
    retryable: 'no',
    action: {
      en: 'Enter a new token (a system-user token does not expire), then resend.',
      fr: "Saisissez un nouveau jeton (un jeton d'utilisateur système n'expire pas), puis renvoyez.",
    },
    source: META_TABLE,
  },
  368: {
    title: 'Temporarily blocked for policies violations',
    meaning: {
      en: 'Meta temporarily blocked the account for breaking its policies.',
      fr: 'Meta a bloqué temporairement le compte pour non-respect de ses règles.',
    },
    httpStatus: 403,
    retryable: 'no',
    action: {
      en: 'Stop the campaign and review the account\'s policy notices in WhatsApp Manager.',
      fr: 'Arrêtez la campagne et consultez les avis de politique du compte dans le WhatsApp Manager.',
    },
    source: META_TABLE,
  },
  80007: {
    title: 'Rate limit issues',
    meaning: { en: 'The WhatsApp Business Account reached its API rate limit.', fr: "Le compte WhatsApp Business a atteint sa limite d'appels à l'API." },
    httpStatus: 400,
    retryable: 'yes',
    action: BACKOFF,
    source: META_TABLE,
  },
  130497: {
    title: 'Business account is restricted from messaging users in this country',
    meaning: {
      en: 'The business may not message users in the recipient\'s country.',
      fr: "L'entreprise n'a pas le droit d'écrire aux utilisateurs du pays du destinataire.",
    },
    httpStatus: 403,
    retryable: 'no',
    action: { en: 'Leave these contacts out of the audience.', fr: "Retirez ces contacts de l'audience." },
    source: `${META_TABLE}; niswey, botbee (403)`,
  },
  131000: { ...TEMPORARY, title: 'Something went wrong', httpStatus: 500 },
  131008: { ...BAD_REQUEST, title: 'Required parameter is missing' },
  131009: { ...BAD_REQUEST, title: 'Parameter value is not valid' },
  131016: { ...TEMPORARY, title: 'Service unavailable', httpStatus: 503 },
  131021: {
    title: 'Recipient cannot be sender',
    meaning: { en: 'The message was addressed to the sending number itself.', fr: "Le message était adressé au numéro expéditeur lui-même." },
    httpStatus: 400,
    retryable: 'no',
    action: { en: 'Remove the business\'s own number from the audience.', fr: "Retirez de l'audience le numéro de l'entreprise." },
    source: META_TABLE,
  },
  131031: {
    title: 'Account has been locked',
    meaning: {
      en: 'The business account is locked (a policy breach, or data that failed verification).',
      fr: "Le compte de l'entreprise est verrouillé (non-respect des règles ou données non vérifiées).",
    },
    httpStatus: 403,
    retryable: 'no',
    action: {
      en: 'Stop the campaign and resolve the lock in WhatsApp Manager or with Meta support.',
      fr: 'Arrêtez la campagne et levez le verrouillage dans le WhatsApp Manager ou avec le support Meta.',
    },
    source: META_TABLE,
  },
  131042: {
    title: 'Business eligibility payment issue',
    meaning: {
      en: 'A billing problem: no valid payment method, a credit line over its limit, or an account not eligible.',
      fr: "Un problème de facturation : pas de moyen de paiement valide, ligne de crédit dépassée ou compte non éligible.",
    },
    httpStatus: 400,
    retryable: 'no',
    action: {
      en: 'Fix the payment settings in Meta Business Suite, then run again.',
      fr: 'Corrigez les réglages de paiement dans Meta Business Suite, puis relancez.',
    },
    source: META_TABLE,
  },
  131045: {
    title: 'Incorrect certificate',
    meaning: {
      en: 'The phone number\'s registration or certificate is wrong.',
      fr: "L'enregistrement ou le certificat du numéro est incorrect.",
    },
    httpStatus: 500,
    retryable: 'no',
    action: { en: 'Register the phone number again before sending.', fr: 'Réenregistrez le numéro avant tout envoi.' },
    source: META_TABLE,
  },
  131057: {
    title: 'Account in maintenance mode',
    meaning: {
      en: 'The account is briefly in maintenance, for example during a throughput upgrade (about a minute).',
      fr: "Le compte est brièvement en maintenance, par exemple pendant une hausse de débit (environ une minute).",
    },
    httpStatus: 500,
    retryable: 'yes',
    retryAfterMs: 60_000,
    action: { en: 'Nothing to fix: the app retries in a minute.', fr: "Rien à corriger : l'application réessaie dans une minute." },
    source: `${META_TABLE}; Meta throughput page`,
  },
  133004: { ...TEMPORARY, title: 'Server temporarily unavailable', httpStatus: 503 },
  135000: {
    title: 'Generic user error',
    meaning: { en: 'Meta refused the message without a precise reason.', fr: 'Meta a refusé le message sans raison précise.' },
    httpStatus: 400,
    retryable: 'no',
    action: {
      en: 'Check the message against Meta\'s rules; contact Meta support if it persists.',
      fr: "Vérifiez le message au regard des règles de Meta ; contactez le support Meta si l'erreur persiste.",
    },
    source: META_TABLE,
  },
};
