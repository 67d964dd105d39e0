/** English strings of the template library: statuses, categories and the Templates screen. */
export const templateLibraryEn = {
  templateStatus: {
    APPROVED: 'Approved',
    PENDING: 'In review',
    REJECTED: 'Rejected',
    PAUSED: 'Paused',
    DISABLED: 'Disabled',
    DRAFT: 'Draft',
    editInReview: 'Edit in review',
  },
  templateCategory: {
    MARKETING: 'Marketing',
    UTILITY: 'Utility',
    AUTHENTICATION: 'Authentication',
  },
};
