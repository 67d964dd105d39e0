import type { templateLibraryEn } from './template-library.en';

/** Chaînes françaises de la bibliothèque de modèles : l'écran Modèles et la rédaction des modèles. */
export const templateLibraryFr: typeof templateLibraryEn = {
  templateLibrary: {
    editInReview: 'Modification en revue',
  },
};
