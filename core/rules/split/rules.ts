/** Texts of the split rules: every contact must find exactly one branch, on facts that exist. */
import type { RuleDefinition } from '../definition';

const SPEC = 'Journey format spec: split_random, split_engagement and split_attribute nodes (shared/spec/journey-format.md)';

/** The split family of the catalogue. */
export const splitRules: readonly RuleDefinition[] = [
  {
    id: 'split.percent-sum',
    severity: 'error',
    title: { en: 'Shares do not add up to 100 %', fr: 'Les parts ne font pas 100 %' },
    messages: {
      default: {
        en: 'Random split {node}: the branches add up to {sum} %, not 100 %.',
        fr: 'Partage aléatoire {node} : les branches font {sum} % au total, pas 100 %.',
      },
      negative: {
        en: 'Random split {node}: branch {branch} has {percent} %; a share cannot be negative.',
        fr: 'Partage aléatoire {node} : la branche {branch} a {percent} % ; une part ne peut pas être négative.',
      },
    },
    teaching: {
      en: 'A random split (an A/B test) sends each contact down one branch with the given chances. They must add up to 100 % so that every contact gets exactly one branch, and the comparison between branches means what it says.',
      fr: "Un partage aléatoire (un test A/B) envoie chaque contact dans une branche selon les chances indiquées. Elles doivent faire 100 % au total pour que chaque contact ait exactement une branche, et que la comparaison entre branches dise ce qu'elle annonce.",
    },
    sources: [SPEC],
  },
  {
    id: 'split.engagement-source',
    severity: 'error',
    title: { en: 'Measures a message not sent', fr: 'Mesure un message non envoyé' },
    messages: {
      default: {
        en: 'Split {node} measures message {message}, but some paths reach the split without sending it: for those contacts there is nothing to measure.',
        fr: "Le partage {node} mesure le message {message}, mais certains chemins atteignent le partage sans l'envoyer : pour ces contacts, il n'y a rien à mesurer.",
      },
      'not-found': {
        en: 'Split {node} measures message {message}, which does not exist.',
        fr: "Le partage {node} mesure le message {message}, qui n'existe pas.",
      },
      'not-message': {
        en: 'Split {node} measures {message}, a {type} step that sends nothing.',
        fr: "Le partage {node} mesure {message}, une étape {type} qui n'envoie rien.",
      },
      button: {
        en: 'Split {node} looks for a tap on button "{button}", but message {message} has no such button (its buttons: {buttons}): every contact would take "no".',
        fr: "Le partage {node} attend un appui sur le bouton « {button} », mais le message {message} n'a pas ce bouton (ses boutons : {buttons}) : tous les contacts prendraient « non ».",
      },
      'no-buttons': {
        en: 'Split {node} looks for a tap on button "{button}", but message {message} has no buttons: every contact would take "no".',
        fr: "Le partage {node} attend un appui sur le bouton « {button} », mais le message {message} n'a aucun bouton : tous les contacts prendraient « non ».",
      },
    },
    teaching: {
      en: 'An engagement split reads what happened to one message sent to the same contact: delivered, read, replied, clicked, as Meta reports it by status webhooks. That message must come before the split on every path, or some contacts reach the split with no message to look at. A split on one button must name a button of that message as a tap reports it: the button\'s id for a free-form message, its text for a template (quick replies and URL buttons); any other name never matches.',
      fr: "Un partage par engagement lit ce qui est arrivé à un message envoyé au même contact : délivré, lu, répondu, cliqué, tel que Meta le signale par les webhooks de statut. Ce message doit précéder le partage sur tous les chemins, sinon certains contacts atteignent le partage sans message à observer. Un partage sur un bouton doit nommer un bouton de ce message tel qu'un appui le signale : l'identifiant du bouton pour un message libre, son texte pour un modèle (réponses rapides et boutons URL) ; tout autre nom ne correspond jamais.",
    },
    sources: [SPEC, 'WhatsApp rules §8 webhooks (statuses sent, delivered, read)'],
  },
  {
    id: 'split.condition-invalid',
    severity: 'error',
    title: { en: 'Invalid condition', fr: 'Condition invalide' },
    messages: {
      default: { en: 'Split {node}, branch {branch}: the condition is invalid.', fr: 'Partage {node}, branche {branch} : la condition est invalide.' },
      operator: {
        en: 'Split {node}, branch {branch}: unknown operator "{op}" (use eq, neq, in, contains, gt, lt or exists).',
        fr: 'Partage {node}, branche {branch} : opérateur « {op} » inconnu (utilisez eq, neq, in, contains, gt, lt ou exists).',
      },
      empty: {
        en: 'Split {node}: branch {branch} has no condition.',
        fr: "Partage {node} : la branche {branch} n'a pas de condition.",
      },
      attribute: {
        en: 'Split {node}, branch {branch}: a condition does not name its attribute.',
        fr: "Partage {node}, branche {branch} : une condition n'indique pas son attribut.",
      },
      value: {
        en: 'Split {node}, branch {branch}: operator "{op}" needs a value.',
        fr: 'Partage {node}, branche {branch} : l’opérateur « {op} » a besoin d’une valeur.',
      },
      list: {
        en: 'Split {node}, branch {branch}: operator "in" has an empty list, which no contact matches.',
        fr: 'Partage {node}, branche {branch} : l’opérateur « in » a une liste vide, à laquelle aucun contact ne correspond.',
      },
      duplicate: {
        en: 'Split {node}: two branches are named "{branch}"; each branch needs its own name.',
        fr: 'Partage {node} : deux branches s’appellent « {branch} » ; chaque branche a besoin de son propre nom.',
      },
    },
    teaching: {
      en: 'An attribute split sends each contact down the first branch whose conditions all hold, and the rest to "else". A branch without a condition, or a condition the engine cannot evaluate, would catch contacts by accident or never match at all.',
      fr: "Un partage par attribut envoie chaque contact dans la première branche dont toutes les conditions sont vraies, et les autres vers « else ». Une branche sans condition, ou une condition que le moteur ne sait pas évaluer, attraperait des contacts par accident ou ne correspondrait jamais.",
    },
    sources: [SPEC],
  },
];
