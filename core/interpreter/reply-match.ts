/**
 * Reading what a contact wrote: keyword matching for `wait_for_reply` and the opt-out words
 * an engine must honour on its own (whatsapp-rules.md §7: "auto-process STOP keywords and
 * quick-reply Stop promotions buttons").
 */

/**
 * Upper case, accents and surrounding punctuation removed, inner spaces collapsed: "  Oui ! "
 * and "OUI" read the same, as a marketer expects of a keyword.
 */
export function normalizeReply(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Whether `text` answers one of `keywords` (already normalized): the whole reply is the
 * keyword, or one of its words is ("Oui merci" matches OUI).
 */
export function matchesKeyword(text: string, keywords: readonly string[]): boolean {
  const reply = normalizeReply(text);
  if (reply === '') return false;
  if (keywords.includes(reply)) return true;
  const words = reply.split(' ');
  return keywords.some((keyword) => words.includes(keyword));
}

/** Replies that withdraw all WhatsApp consent (English and French usage). */
const STOP_WORDS = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'ARRET', 'ARRETER', 'DESABONNER', 'DESINSCRIRE']);

/** Whether a free-text reply is an opt-out: the whole message is a stop word ("stop", "Arrêt !"). */
export function isStopReply(text: string): boolean {
  return STOP_WORDS.has(normalizeReply(text));
}

/**
 * Whether a button payload is a marketing opt-out: Meta's recommended "Stop promotions" quick
 * reply and its translations ("Stop promos", "Arrêter les promotions") start with a stop word.
 */
export function isStopButton(payload: string): boolean {
  const first = normalizeReply(payload).split(' ')[0] ?? '';
  return STOP_WORDS.has(first);
}
