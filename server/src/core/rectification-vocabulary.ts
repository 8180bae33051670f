/**
 * 整改方案 (DOMAIN.md §3.4): 起草 → 报审 → 批准 (or 退回起草) → 报送整改报告 (with the secretary's
 * signed 承诺书) → 验收办结 (every item 销号), or the report goes back.
 */
export const planStates = ['drafting', 'submitted', 'approved', 'reported', 'closed'] as const;

/** 整改事项: 整改中 → 申请销号 → 已销号 (a rejected request goes back to 整改中). */
export const itemStates = ['open', 'closureRequested', 'closed'] as const;

export type PlanState = (typeof planStates)[number];
export type ItemState = (typeof itemStates)[number];

/**
 * Escalation of an item (issue: rectification, point 4): reminders before and after its deadline,
 * then 督办函, then 约谈 of the unit's main leader, then transfer for accountability (a clue).
 */
export const escalationKinds = [
  'dueSoon',
  'overdue',
  'supervisionLetter',
  'admonitionTalk',
  'accountability',
] as const;

/** 督查清单: how a check verifies the work (实地核查, 查阅资料, 个别谈话, 问卷, 其他). */
export const checkKinds = ['onSite', 'documents', 'interview', 'survey', 'other'] as const;
export const checkResults = ['passed', 'failed'] as const;
