/**
 * 整改方案 (DOMAIN.md §3.4): 起草 → 报审 → 批准 (or 退回起草) → 报送整改报告 (with the secretary's
 * 承诺书) → 验收办结.
 */
export const planStates = ['drafting', 'submitted', 'approved', 'reported', 'closed'] as const;

/** 整改事项: 整改中 → 申请销号 → 已销号 (a rejected request goes back to 整改中). */
export const itemStates = ['open', 'closureRequested', 'closed'] as const;

export type PlanState = (typeof planStates)[number];
export type ItemState = (typeof itemStates)[number];
