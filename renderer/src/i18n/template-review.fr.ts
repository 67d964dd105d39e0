import type { templateReviewEn } from './template-review.en';

/** Chaînes françaises de la revue des modèles chez Meta : soumettre un modèle et actualiser les statuts. */
export const templateReviewFr: typeof templateReviewEn = {
  templateReview: {
    submitRow: 'Soumettre {{name}} ({{language}}) à la revue',
    submitShort: 'Soumettre',
    title: 'Soumettre {{name}} ({{language}}) à la revue',
    revision: 'Révision {{revision}}, {{status}}.',
    intro: 'Meta examine le modèle pour le compte WhatsApp du canal, en général en quelques minutes. Sa décision arrive quand vous actualisez les statuts.',
    channel: 'Canal',
    noChannel: 'Aucun canal de l’unité {{unit}} ne peut le soumettre : ajoutez-en un dans Canaux.',
    limitsBroken: '{{count}} limites de Meta dépassées : modifiez le modèle avant de le soumettre.',
    missingSamples: 'Meta demande un exemple pour chaque variable ; {{keys}} n’en a pas, la revue le refusera donc.',
    submit: 'Soumettre',
    submitting: 'Envoi à {{channel}}…',
    submitted: 'Envoyé à {{channel}} : statut {{status}} (identifiant Meta {{id}}). Actualisez les statuts pour voir la décision de Meta.',
    failed: 'Non soumis : {{message}}',
    close: 'Fermer',
    notSent: 'Pas encore envoyé à la revue',
    inReviewAt: 'En revue chez {{channel}}',
    newer: 'Révision {{revision}} :',
    rejectedBecause: 'Refusé par Meta : {{reason}}',
    refresh: 'Actualiser les statuts',
    refreshing: 'Demande des statuts à Meta…',
    refreshed: '{{channel}} — modifiés : {{changed}}, ajoutés : {{added}}, inchangés : {{unchanged}}.',
    change: '{{name}} ({{language}}), révision {{revision}} : {{from}} → {{to}}',
    changeReason: '{{name}} ({{language}}), révision {{revision}} : {{from}} → {{to}} ({{reason}})',
    skipped: '{{channel}} : non lus : {{names}}',
    refreshFailed: '{{channel}} : statuts non actualisés : {{message}}',
    unknownChannel: 'un canal qui n’est plus dans l’espace de travail ({{id}})',
  },
};
