/**
 * Which translation of a template each contact receives, as the interpreter sends it
 * (core/interpreter/attributes.ts `templateFor`): the contact's locale exactly (`fr_FR`), then
 * any translation of its language (`fr`), then the step's own language. With an audience the
 * template rules check the translations contacts will really get; without one, the step's.
 */
import type { Contact, NodeOf } from '../../journey';
import type { Template } from '../../whatsapp/template';
import type { RuleContext } from '../context';

function languagePart(code: string): string {
  return code.split(/[_-]/)[0]?.toLowerCase() ?? code;
}

/** The translation a contact with `locale` gets from a step in `stepLanguage`, or undefined (Meta: 132001). */
export function translationFor(translations: readonly Template[], stepLanguage: string | undefined, locale: string | undefined): Template | undefined {
  if (locale) {
    const exact = translations.find((t) => t.language === locale);
    if (exact) return exact;
    const wanted = languagePart(locale);
    const sameLanguage = translations.find((t) => languagePart(t.language) === wanted);
    if (sameLanguage) return sameLanguage;
  }
  return stepLanguage === undefined ? undefined : translations.find((t) => t.language === stepLanguage);
}

/** Contacts per locale ('' for none): translation choice depends on nothing else. */
function audienceLocales(ctx: RuleContext, audience: readonly Contact[]): ReadonlyMap<string, number> {
  return ctx.memo('audience-locales', () => {
    const counts = new Map<string, number>();
    for (const contact of audience) counts.set(contact.locale ?? '', (counts.get(contact.locale ?? '') ?? 0) + 1);
    return counts;
  });
}

/** What an audience gets at a template step: the translations used, and who gets none. */
export interface AudienceTranslations {
  used: Template[];
  /** Contacts for whom no translation exists, and their locales. */
  missing: number;
  missingLocales: string[];
}

/** The translations an audience receives at a step (the step must name a template). */
export function audienceTranslations(ctx: RuleContext, node: NodeOf<'whatsapp_template'>, audience: readonly Contact[]): AudienceTranslations {
  const translations = ctx.translations(node.data.template ?? '');
  const language = node.data.language?.trim() ? node.data.language : undefined;
  const used = new Set<Template>();
  let missing = 0;
  const missingLocales: string[] = [];
  for (const [locale, count] of audienceLocales(ctx, audience)) {
    const chosen = translationFor(translations, language, locale);
    if (chosen) used.add(chosen);
    else {
      missing += count;
      missingLocales.push(locale === '' ? '(none)' : locale);
    }
  }
  return { used: [...used], missing, missingLocales };
}
