/** The five accounts (五账, DOMAIN.md §3.3 and glossary): 报账、交账、转账、查账、销账. */
export const clueAccounts = [
  'recorded',
  'handedOver',
  'transferred',
  'underSupervision',
  'closed',
] as const;

/** Where a clue came from (issue: clue ledger, point 1). */
export const clueSources = [
  'petition',
  'talk',
  'documentReview',
  'survey',
  'audit',
  'partnerDepartment',
  'other',
] as const;
