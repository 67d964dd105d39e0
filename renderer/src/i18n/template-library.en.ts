/** English strings of the template library: the Templates screen and template authoring. */
export const templateLibraryEn = {
  templateLibrary: {
    editInReview: 'Edit in review',
  },
};
