import type { clueAccounts, clueDisposals, clueOutcomes, clueSources } from './clue-vocabulary.js';

/** Chinese labels of the clue vocabularies for documents (the UI has its own). */
export const clueSourceLabels: Record<(typeof clueSources)[number], string> = {
  petition: '信访举报',
  talk: '个别谈话',
  documentReview: '调阅资料',
  survey: '民主测评/问卷调查',
  audit: '审计',
  partnerDepartment: '有关部门移送',
  other: '其他',
};

export const clueAccountLabels: Record<(typeof clueAccounts)[number], string> = {
  recorded: '报账',
  handedOver: '交账',
  transferred: '转账',
  underSupervision: '查账',
  closed: '销账',
};

export const clueDisposalLabels: Record<(typeof clueDisposals)[number], string> = {
  talkOrInquiry: '谈话函询',
  preliminaryVerification: '初步核实',
  shelved: '暂存待查',
  concluded: '予以了结',
  caseFiled: '立案审查',
};

export const clueOutcomeLabels: Record<(typeof clueOutcomes)[number], string> = {
  form1: '第一种形态',
  form2: '第二种形态',
  form3: '第三种形态',
  form4: '第四种形态',
  clearance: '澄清正名',
};
