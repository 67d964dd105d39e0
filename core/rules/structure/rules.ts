/** Texts of the structure rules: the graph must be one well-formed tree of paths from one entry. */
import type { RuleDefinition } from '../definition';

const SPEC = 'Journey format spec: node types, handles and "Rules: stable ids" (shared/spec/journey-format.md)';

/** The structure family of the catalogue. */
export const structureRules: readonly RuleDefinition[] = [
  {
    id: 'structure.entry-missing',
    severity: 'error',
    title: { en: 'No entry', fr: "Pas d'entrée" },
    messages: {
      default: {
        en: 'The journey has no entry node: add one to say how contacts come in.',
        fr: "Le parcours n'a pas de nœud d'entrée : ajoutez-en un pour dire comment les contacts y entrent.",
      },
    },
    teaching: {
      en: 'Every contact starts at the entry node: from an audience list, from a message they send (optionally after an ad), or from an event. Without one, nobody ever enters the journey and nothing is sent.',
      fr: "Chaque contact commence au nœud d'entrée : depuis une audience, depuis un message qu'il envoie (éventuellement après une publicité) ou depuis un événement. Sans entrée, personne n'entre dans le parcours et rien n'est envoyé.",
    },
    sources: [SPEC],
  },
  {
    id: 'structure.entry-multiple',
    severity: 'error',
    title: { en: 'Several entries', fr: 'Plusieurs entrées' },
    messages: {
      default: {
        en: 'Entry {node} is one of {count} entry nodes: a journey has exactly one.',
        fr: "L'entrée {node} est l'un des {count} nœuds d'entrée : un parcours en a exactement un.",
      },
    },
    teaching: {
      en: 'A journey has one entry so that every contact follows the same start and the 24-hour window can be reasoned about from it. To start from two sources, make two journeys.',
      fr: "Un parcours a une seule entrée : chaque contact part du même point, et la fenêtre de 24 heures se raisonne à partir de lui. Pour partir de deux sources, faites deux parcours.",
    },
    sources: [SPEC],
  },
  {
    id: 'structure.edge-invalid',
    severity: 'error',
    title: { en: 'Broken connection', fr: 'Connexion invalide' },
    messages: {
      default: { en: 'Connection {edge} is invalid.', fr: 'La connexion {edge} est invalide.' },
      'missing-source': {
        en: 'Connection {edge} starts from node {source}, which does not exist.',
        fr: "La connexion {edge} part du nœud {source}, qui n'existe pas.",
      },
      'missing-target': {
        en: 'Connection {edge} leads to node {target}, which does not exist.',
        fr: "La connexion {edge} mène au nœud {target}, qui n'existe pas.",
      },
      'bad-handle': {
        en: 'Connection {edge} leaves {source} by "{handle}", an output that node does not have.',
        fr: "La connexion {edge} quitte {source} par « {handle} », une sortie que ce nœud n'a pas.",
      },
      'target-entry': {
        en: 'Connection {edge} leads into entry {target}: nothing can lead back to an entry.',
        fr: "La connexion {edge} mène à l'entrée {target} : rien ne peut revenir à une entrée.",
      },
      'handle-taken': {
        en: 'Output "{handle}" of {source} is already connected (by {other}): a contact follows one path.',
        fr: "La sortie « {handle} » de {source} est déjà connectée (par {other}) : un contact suit un seul chemin.",
      },
    },
    teaching: {
      en: 'Each output of a node leads to at most one next step, and every connection must join two nodes that exist. A broken connection usually comes from a node deleted or a split branch renamed after it was wired.',
      fr: "Chaque sortie d'un nœud mène à au plus une étape suivante, et chaque connexion relie deux nœuds qui existent. Une connexion cassée vient le plus souvent d'un nœud supprimé ou d'une branche renommée après avoir été reliée.",
    },
    sources: [SPEC],
  },
  {
    id: 'structure.cycle',
    severity: 'error',
    title: { en: 'Loop', fr: 'Boucle' },
    messages: {
      default: {
        en: 'These nodes form a loop: {route}. A journey runs forward only.',
        fr: 'Ces nœuds forment une boucle : {route}. Un parcours ne fait qu’avancer.',
      },
    },
    teaching: {
      en: 'A loop could send the same contact messages without end. Besides the cost, repeated unwanted messages are what users block and report, and blocks and reports lower the number\'s quality rating, which can restrict it (131048) and pause templates. Repeat a step with a new journey instead.',
      fr: "Une boucle pourrait envoyer des messages sans fin au même contact. Outre le coût, les messages répétés et non désirés sont ceux que les utilisateurs bloquent et signalent ; blocages et signalements font baisser la note de qualité du numéro, ce qui peut le restreindre (131048) et mettre des modèles en pause. Pour répéter une étape, faites un nouveau parcours.",
    },
    sources: [SPEC, 'WhatsApp rules §5.4 quality rating; §4.2 error 131048'],
    metaErrors: [131048],
  },
  {
    id: 'structure.unreachable',
    severity: 'warning',
    title: { en: 'Unreachable step', fr: 'Étape inatteignable' },
    messages: {
      default: {
        en: 'No path from the entry leads to {node}: no contact will ever reach it.',
        fr: "Aucun chemin depuis l'entrée ne mène à {node} : aucun contact ne l'atteindra.",
      },
    },
    teaching: {
      en: 'A step that no path reaches is never run. It is usually a step left unconnected while editing; the other rules still check it.',
      fr: "Une étape qu'aucun chemin n'atteint ne s'exécute jamais. C'est souvent une étape restée non reliée pendant l'édition ; les autres règles la vérifient quand même.",
    },
    sources: [SPEC],
  },
  {
    id: 'structure.dangling-branch',
    severity: 'error',
    title: { en: 'Unconnected branch', fr: 'Branche non reliée' },
    messages: {
      default: {
        en: 'Output "{handle}" of {node} is not connected: say where those contacts go.',
        fr: "La sortie « {handle} » de {node} n'est pas reliée : indiquez où vont ces contacts.",
      },
    },
    teaching: {
      en: 'Every branch of a split and both outputs of a wait for reply (replied, timeout) must lead somewhere, even to an exit: a contact that takes a branch nobody planned would silently leave the journey. Only "out" and "failed" may be left open, meaning the contact leaves there.',
      fr: "Chaque branche d'un partage et les deux sorties d'une attente de réponse (réponse, délai dépassé) doivent mener quelque part, même à une sortie : un contact qui prendrait une branche non prévue quitterait le parcours sans bruit. Seules « out » et « failed » peuvent rester libres : le contact sort alors du parcours.",
    },
    sources: [SPEC],
  },
  {
    id: 'structure.config-missing',
    severity: 'error',
    title: { en: 'Step not configured', fr: 'Étape non configurée' },
    messages: {
      default: { en: '{node} lacks {field}.', fr: '{node} : {field} manque.' },
      'entry-event': { en: 'Entry {node} lacks the event it starts on.', fr: "L'entrée {node} n'indique pas l'événement qui la déclenche." },
      'template-name': { en: '{node} does not say which template to send.', fr: "{node} n'indique pas quel modèle envoyer." },
      'session-message': { en: '{node} has no message to send.', fr: "{node} n'a pas de message à envoyer." },
      'session-text': { en: 'The message of {node} has no text.', fr: "Le message de {node} n'a pas de texte." },
      'session-buttons': { en: 'The message of {node} has no buttons.', fr: "Le message de {node} n'a pas de boutons." },
      'session-url': { en: 'The media message of {node} has no address (url).', fr: "Le message média de {node} n'a pas d'adresse (url)." },
      'wait-duration': { en: 'Wait {node} does not say how long.', fr: "L'attente {node} n'indique pas de durée." },
      'wait-at': { en: 'Wait {node} does not say until when.', fr: "L'attente {node} n'indique pas jusqu'à quand." },
      'wait-time': { en: 'Wait {node} does not say the time of day.', fr: "L'attente {node} n'indique pas l'heure." },
      'engagement-message': { en: 'Split {node} does not say which message it looks at.', fr: "Le partage {node} n'indique pas quel message il observe." },
      'engagement-metric': { en: 'Split {node} does not say what it measures (delivered, read, replied, clicked).', fr: "Le partage {node} n'indique pas ce qu'il mesure (délivré, lu, répondu, cliqué)." },
      'split-branches': { en: 'Split {node} has no branches.', fr: "Le partage {node} n'a pas de branches." },
      'update-empty': { en: '{node} changes nothing: set an attribute or the consent.', fr: "{node} ne change rien : modifiez un attribut ou le consentement." },
    },
    teaching: {
      en: 'A step just dropped on the canvas is kept so you can finish it later, but a journey cannot run while a step lacks what it needs: which template, which message, how long to wait, which branches.',
      fr: "Une étape tout juste posée sur le canevas est conservée pour être complétée plus tard, mais le parcours ne peut pas s'exécuter tant qu'il lui manque l'essentiel : quel modèle, quel message, combien de temps attendre, quelles branches.",
    },
    sources: [SPEC],
  },
];
