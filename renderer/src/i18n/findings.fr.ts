import type { findingsEn } from './findings.en';

/** Chaînes françaises du panneau des règles, des corrections et de l'aperçu des messages. */
export const findingsFr: typeof findingsEn = {
  findings: {
    title: 'Règles',
    checking: 'Vérification…',
    none: 'Aucun problème : ce parcours respecte toutes les règles WhatsApp que le studio vérifie.',
    count: '{{errors}} erreurs, {{warnings}} avertissements',
    error: 'Erreurs',
    warning: 'Avertissements',
    info: 'Remarques',
    journey: 'Parcours',
    connection: 'Connexion {{edge}}',
    selectNode: 'Montrer {{node}} sur le canevas',
    why: 'Pourquoi ?',
    sources: 'Sources',
    fix: 'Corriger',
    fixFor: '{{fix}} : {{rule}}',
  },
  fixes: {
    insertTemplateAndWait: 'Envoyer d’abord un modèle et attendre une réponse',
    convertToTemplate: 'Envoyer plutôt un modèle',
    addExit: 'Terminer cette branche par une sortie',
    addEntry: 'Ajouter une entrée',
    rebalancePercent: 'Rééquilibrer à 100 %',
  },
  preview: {
    label: 'Aperçu du message',
    image: 'Image',
    video: 'Vidéo',
    document: 'Document',
    audio: 'Audio',
    location: 'Position',
    missing: 'Pas encore de valeur pour {{keys}}',
    mediaUrl: 'Depuis {{url}}',
    empty: 'Rien à prévisualiser pour l’instant.',
    buttonUrl: 'Ouvre {{url}}',
    buttonPhone: 'Appelle {{phone}}',
    buttonCopy: 'Copie un code',
  },
};
