/** Texts of the template rules: the template must exist, be approved, be filled in and belong to the channel. */
import type { RuleDefinition } from '../definition';

/** The template family of the catalogue. */
export const templateRules: readonly RuleDefinition[] = [
  {
    id: 'template.not-found',
    severity: 'error',
    title: { en: 'Template not found', fr: 'Modèle introuvable' },
    messages: {
      default: {
        en: '{node} sends template "{template}" in {language}, which does not exist.',
        fr: "{node} envoie le modèle « {template} » en {language}, qui n'existe pas.",
      },
      'other-languages': {
        en: '{node} sends template "{template}" in {language}, but it exists only in {available}: the language code must match exactly.',
        fr: "{node} envoie le modèle « {template} » en {language}, mais il n'existe qu'en {available} : le code de langue doit correspondre exactement.",
      },
      audience: {
        en: '{node} sends template "{template}", which has no translation for some contacts\' locales ({locales}): {count} of {total} contacts.',
        fr: "{node} envoie le modèle « {template} », qui n'a pas de traduction pour la langue de certains contacts ({locales}) : {count} contacts sur {total}.",
      },
      'no-translation': {
        en: '{node} sends template "{template}", which does not exist in any language.',
        fr: "{node} envoie le modèle « {template} », qui n'existe dans aucune langue.",
      },
    },
    teaching: {
      en: 'A template is identified by its name and its language, and Meta matches the language code exactly: "en" and "en_US" are two different translations. Each contact gets the translation of their locale (fr_FR, then any fr), else the language of the step. Sending a name or language Meta does not know fails with error 132001 ("template does not exist in that language").',
      fr: "Un modèle est identifié par son nom et sa langue, et Meta compare le code de langue exactement : « en » et « en_US » sont deux traductions différentes. Chaque contact reçoit la traduction de sa langue (fr_FR, puis tout fr), sinon celle de l'étape. Envoyer un nom ou une langue inconnus de Meta échoue avec l'erreur 132001 (« le modèle n'existe pas dans cette langue »).",
    },
    sources: ['WhatsApp rules §1.2 (language code must match exactly) and §4.2 (132001)', '[Meta SDK docs] TemplateObject; [repo] static_array.php'],
    metaErrors: [132001],
  },
  {
    id: 'template.pending',
    severity: 'warning',
    title: { en: 'Template not approved yet', fr: 'Modèle pas encore approuvé' },
    messages: {
      default: {
        en: 'Template "{template}" ({language}) is {status}: you can design and simulate with it, not run it.',
        fr: "Le modèle « {template} » ({language}) est {status} : vous pouvez concevoir et simuler avec lui, pas l'envoyer pour de vrai.",
      },
    },
    teaching: {
      en: 'Meta reviews every template before it can be sent: review usually takes minutes to 24 hours (some providers quote 48). A DRAFT has not been submitted at all. Until the template is APPROVED, a real send fails with 132001, so a run waits for approval.',
      fr: "Meta examine chaque modèle avant qu'il puisse être envoyé : l'examen prend en général de quelques minutes à 24 heures (certains prestataires annoncent 48). Un brouillon (DRAFT) n'a pas encore été soumis. Tant que le modèle n'est pas APPROVED, un envoi réel échoue avec 132001 : l'exécution attend l'approbation.",
    },
    sources: ['WhatsApp rules §2.4 statuses and lifecycle', '[3p] wati template approval; [Meta] message_template_status_update'],
    metaErrors: [132001],
  },
  {
    id: 'template.rejected',
    severity: 'error',
    title: { en: 'Template rejected', fr: 'Modèle refusé' },
    messages: {
      default: {
        en: 'Template "{template}" ({language}) was rejected by Meta and cannot be sent: fix and resubmit it, or pick another.',
        fr: "Le modèle « {template} » ({language}) a été refusé par Meta et ne peut pas être envoyé : corrigez-le et soumettez-le à nouveau, ou choisissez-en un autre.",
      },
    },
    teaching: {
      en: 'Meta rejects templates that break its rules: a wrong category, placeholders that are not sequential, adjacent, or at the start or end of the body, too many placeholders for the text. A rejected template can be edited and submitted again; until then sends fail with 132001.',
      fr: "Meta refuse les modèles qui enfreignent ses règles : mauvaise catégorie, variables non consécutives, collées, ou au début ou à la fin du corps, trop de variables pour le texte. Un modèle refusé peut être modifié puis soumis à nouveau ; d'ici là, les envois échouent avec 132001.",
    },
    sources: ['WhatsApp rules §2.2 variable rules (rejection reasons) and §2.4 edit limits', '[3p] twilio call-to-action; [3p] glama mojeeb update_whatsapp_template'],
    metaErrors: [132001],
  },
  {
    id: 'template.paused',
    severity: 'error',
    title: { en: 'Template paused', fr: 'Modèle en pause' },
    messages: {
      default: {
        en: 'Template "{template}" ({language}) is paused for low quality: sends fail with 132015 until Meta reinstates it.',
        fr: "Le modèle « {template} » ({language}) est en pause pour qualité insuffisante : les envois échouent avec 132015 jusqu'à ce que Meta le rétablisse.",
      },
    },
    teaching: {
      en: 'When recipients block or report a template, its quality drops and Meta pauses it: 3 hours the first time, 6 hours the second, and the third time it is disabled for good. Sends during a pause fail with 132015. Send something recipients want, or to fewer, better-targeted contacts.',
      fr: "Quand les destinataires bloquent ou signalent un modèle, sa qualité baisse et Meta le met en pause : 3 heures la première fois, 6 heures la deuxième, et la troisième fois il est désactivé définitivement. Pendant une pause, les envois échouent avec 132015. Envoyez ce que les destinataires attendent, ou à des contacts moins nombreux et mieux ciblés.",
    },
    sources: ['WhatsApp rules §2.4 pause escalation', '[3p] ycloud template-reviewed examples; [repo] Meta error table copy (132015/132016)'],
    metaErrors: [132015],
  },
  {
    id: 'template.disabled',
    severity: 'error',
    title: { en: 'Template disabled', fr: 'Modèle désactivé' },
    messages: {
      default: {
        en: 'Template "{template}" ({language}) is disabled for good: sends fail with 132016. Create a new template.',
        fr: "Le modèle « {template} » ({language}) est désactivé définitivement : les envois échouent avec 132016. Créez un nouveau modèle.",
      },
    },
    teaching: {
      en: 'A template paused for low quality a third time is disabled permanently. It can never be sent again (132016): create a new one, and change what made recipients block or report the old one.',
      fr: "Un modèle mis en pause une troisième fois pour qualité insuffisante est désactivé définitivement. Il ne pourra plus jamais être envoyé (132016) : créez-en un nouveau, et changez ce qui poussait les destinataires à bloquer ou signaler l'ancien.",
    },
    sources: ['WhatsApp rules §2.4 pause escalation', '[repo] Meta error table copy (132016)'],
    metaErrors: [132016],
  },
  {
    id: 'template.parameter-missing',
    severity: 'error',
    title: { en: 'Placeholder without a value', fr: 'Variable sans valeur' },
    messages: {
      default: {
        en: '{node}: placeholder {{{key}}} of "{template}" has no value.',
        fr: '{node} : la variable {{{key}}} de « {template} » n’a pas de valeur.',
      },
      empty: {
        en: '{node}: placeholder {{{key}}} of "{template}" is given an empty value.',
        fr: '{node} : la variable {{{key}}} de « {template} » reçoit une valeur vide.',
      },
      audience: {
        en: '{node}: placeholder {{{key}}} of "{template}" takes "{attribute}", which contacts lack: {count} of {total}.',
        fr: '{node} : la variable {{{key}}} de « {template} » prend « {attribute} », absent chez des contacts : {count} sur {total}.',
      },
    },
    teaching: {
      en: 'Every placeholder of a template needs a value at send time, for every contact. A value of the form {{contact.ATTRIBUTE}} comes from the audience: a contact without that column gets nothing. Meta refuses a send whose parameters do not match the template (132000), and an empty text is not a value.',
      fr: "Chaque variable d'un modèle doit recevoir une valeur à l'envoi, pour chaque contact. Une valeur de la forme {{contact.ATTRIBUT}} vient de l'audience : un contact sans cette colonne n'a rien. Meta refuse un envoi dont les paramètres ne correspondent pas au modèle (132000), et un texte vide n'est pas une valeur.",
    },
    sources: ['WhatsApp rules §1.2 parameters and §4.2 (132000 parameter count mismatch)', '[repo] static_array.php'],
    metaErrors: [132000],
  },
  {
    id: 'template.parameter-unknown',
    severity: 'warning',
    title: { en: 'Value for no placeholder', fr: 'Valeur sans variable' },
    messages: {
      default: {
        en: '{node} gives a value for {{{key}}}, which template "{template}" does not have: it is never sent.',
        fr: "{node} donne une valeur pour {{{key}}}, que le modèle « {template} » n'a pas : elle n'est jamais envoyée.",
      },
    },
    teaching: {
      en: 'A value for a placeholder the template lacks is ignored. It usually means the template changed after the step was written, so check that the values still fill the placeholders you meant.',
      fr: "Une valeur pour une variable que le modèle n'a pas est ignorée. Cela signifie souvent que le modèle a changé après l'écriture de l'étape : vérifiez que les valeurs remplissent toujours les bonnes variables.",
    },
    sources: ['WhatsApp rules §1.2 positional vs named parameters'],
  },
  {
    id: 'template.business-unit',
    severity: 'error',
    title: { en: 'Template of another business unit', fr: "Modèle d'une autre entité" },
    messages: {
      default: {
        en: 'Template "{template}" belongs to business unit {templateUnit}, but channel {channel} belongs to {channelUnit}.',
        fr: "Le modèle « {template} » appartient à l'entité {templateUnit}, mais le canal {channel} appartient à {channelUnit}.",
      },
    },
    teaching: {
      en: 'Templates live in a WhatsApp Business Account (WABA), and a phone number sends only the templates of its own account. A template of another business unit does not exist for this number: Meta answers 132001.',
      fr: "Les modèles appartiennent à un compte WhatsApp Business (WABA), et un numéro n'envoie que les modèles de son propre compte. Un modèle d'une autre entité n'existe pas pour ce numéro : Meta répond 132001.",
    },
    sources: ['WhatsApp rules §2.1 (templates per WABA), §2.2 (names unique per WABA) and §9 (a number belongs to one WABA)'],
    metaErrors: [132001],
  },
  {
    id: 'template.limits',
    severity: 'error',
    title: { en: "Breaks Meta's limits", fr: 'Hors des limites de Meta' },
    messages: {
      default: {
        en: 'Template "{template}" ({language}): {detail}',
        fr: 'Modèle « {template} » ({language}) : {detail}',
      },
      session: {
        en: 'The message of {node}: {detail}',
        fr: 'Le message de {node} : {detail}',
      },
    },
    teaching: {
      en: 'Meta caps what a message may hold: a body of 1,024 characters, a header or footer of 60, at most 10 buttons (2 URL, 1 phone number), placeholders numbered from {{1}} without gaps and never at the start or end of the body; a free-form text of 4,096 characters, at most 3 reply buttons of 20 characters. A template breaking them is rejected at review; a message breaking them is refused at send time.',
      fr: "Meta plafonne le contenu d'un message : un corps de 1 024 caractères, un en-tête ou un pied de page de 60, au plus 10 boutons (2 URL, 1 numéro de téléphone), des variables numérotées depuis {{1}} sans trou et jamais au début ou à la fin du corps ; un texte libre de 4 096 caractères, au plus 3 boutons de réponse de 20 caractères. Un modèle qui les dépasse est refusé à l'examen ; un message qui les dépasse est refusé à l'envoi.",
    },
    sources: ['WhatsApp rules §2.2 fields and rules (components, buttons, variable rules) and §1.3 free-form limits', '[Meta mirror] chatarchitect template components; [3p] bird; [3p] twilio'],
  },
];
