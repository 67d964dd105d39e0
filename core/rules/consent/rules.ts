/** Texts of the consent rules: message only those who agreed to it. */
import type { RuleDefinition } from '../definition';

/** The consent family of the catalogue. */
export const consentRules: readonly RuleDefinition[] = [
  {
    id: 'consent.opt-in-missing',
    severity: 'warning',
    title: { en: 'Contacts without opt-in', fr: 'Contacts sans consentement' },
    messages: {
      default: {
        en: 'Contacts without WhatsApp opt-in: {count} of {total}. They will be skipped.',
        fr: 'Contacts sans consentement WhatsApp : {count} sur {total}. Ils seront ignorés.',
      },
    },
    teaching: {
      en: 'WhatsApp requires an opt-in before a business starts a conversation: the person must have agreed to receive messages from your business, named, through any channel (web form, SMS, in person...). Messaging people who did not agree is what gets a number blocked and reported; blocks and reports lower its quality rating, which leads to restrictions (131048), paused templates and account enforcement. The journey skips contacts without opt-in.',
      fr: "WhatsApp exige un consentement avant qu'une entreprise n'engage la conversation : la personne doit avoir accepté de recevoir des messages de votre entreprise, nommée, par n'importe quel canal (formulaire web, SMS, en personne...). Écrire à des personnes qui n'ont rien accepté est ce qui fait bloquer et signaler un numéro ; blocages et signalements font baisser sa note de qualité, ce qui entraîne des restrictions (131048), des modèles en pause et des sanctions sur le compte. Le parcours ignore les contacts sans consentement.",
    },
    sources: ['WhatsApp rules §7 opt-in before business-initiated messages', '[3p] 360dialog opt-in (restates the Business Messaging Policy); [3p] sinch opt-in', 'WhatsApp rules §5.4 quality rating'],
    metaErrors: [131048],
  },
  {
    id: 'consent.marketing-opt-in',
    severity: 'warning',
    title: { en: 'Marketing without marketing opt-in', fr: 'Marketing sans consentement marketing' },
    messages: {
      default: {
        en: '{node} sends marketing template "{template}" to contacts without marketing opt-in: {count} of {total}. They will be skipped.',
        fr: '{node} envoie le modèle marketing « {template} » à des contacts sans consentement marketing : {count} sur {total}. Ils seront ignorés.',
      },
    },
    teaching: {
      en: 'Good practice, and the law in many countries, asks for a separate opt-in to promotional messages. WhatsApp also lets each user stop marketing messages from a business: sends after that fail with 131050, and a marketing template sent to someone who did not want it is the message most often blocked or reported. Meta also caps how many marketing templates a person receives from all businesses (131049). Utility and authentication templates are not affected.',
      fr: "Les bonnes pratiques, et la loi dans de nombreux pays, demandent un consentement distinct aux messages promotionnels. WhatsApp permet aussi à chaque utilisateur d'arrêter les messages marketing d'une entreprise : les envois suivants échouent avec 131050, et un modèle marketing envoyé à qui n'en voulait pas est le message le plus souvent bloqué ou signalé. Meta plafonne en outre le nombre de modèles marketing qu'une personne reçoit de toutes les entreprises (131049). Les modèles utilitaires et d'authentification ne sont pas concernés.",
    },
    sources: ['WhatsApp rules §7 opt-out and per-user marketing limits', '[3p] twilio whatsapp api overview; [3p] charles (131050); [Meta mirror] per-user marketing template limits'],
    metaErrors: [131050, 131049],
  },
];
