import type { templateLibraryEn } from './template-library.en';

/** Chaînes françaises de la bibliothèque de modèles : statuts, catégories et écran Modèles. */
export const templateLibraryFr: typeof templateLibraryEn = {
  templateStatus: {
    APPROVED: 'Approuvé',
    PENDING: 'En revue',
    REJECTED: 'Refusé',
    PAUSED: 'En pause',
    DISABLED: 'Désactivé',
    DRAFT: 'Brouillon',
    editInReview: 'Modification en revue',
  },
  templateCategory: {
    MARKETING: 'Marketing',
    UTILITY: 'Utilitaire',
    AUTHENTICATION: 'Authentification',
  },
};
