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

/** 处置方式 reported by the receiving body (DOMAIN.md §3.3). */
export const clueDisposals = [
  'talkOrInquiry',
  'preliminaryVerification',
  'shelved',
  'concluded',
  'caseFiled',
] as const;

/** 办理结果: the four forms (四种形态) or 澄清正名. 诬告 is a flag on a clearance. */
export const clueOutcomes = ['form1', 'form2', 'form3', 'form4', 'clearance'] as const;

/** 挂账 (past its account's deadline) and 呆账 (no movement for N days). */
export const clueStalls = ['pendingAccount', 'deadAccount'] as const;

/** What the ledger job records: 挂账/呆账 reminders, 暂存待查 reviews, 督办 notices to receivers. */
export const clueNoticeKinds = [
  'pendingAccount',
  'deadAccount',
  'shelvedReview',
  'supervision',
] as const;

/** 集体研判 decision per clue. */
export const clueReviewDecisions = ['transfer', 'supplement', 'merge'] as const;

/** 一案双查: was the leadership held responsible (两个责任)? */
export const dualInquiryResults = ['accountable', 'notAccountable'] as const;

export type ClueAccount = (typeof clueAccounts)[number];
export type ClueDisposal = (typeof clueDisposals)[number];
export type ClueOutcome = (typeof clueOutcomes)[number];
