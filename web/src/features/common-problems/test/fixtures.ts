import type { CommonProblemDetail } from '../api/types';

export const PROBLEM_ID = '22222222-2222-4222-8222-222222222222';

export function commonProblem(overrides: Partial<CommonProblemDetail> = {}): CommonProblemDetail {
  return {
    id: PROBLEM_ID,
    title: '公务接待管理不规范',
    leadUnit: { id: 'unit-lead', name: '县财政局' },
    cooperatingUnits: [
      { id: 'unit-1', name: '石桥镇' },
      { id: 'unit-2', name: '河西镇' },
    ],
    findingCount: 2,
    responsibleLeader: '县财政局 副局长 钱某',
    dueOn: '2027-01-31',
    state: 'open',
    overdue: false,
    daysLeft: 60,
    version: 3,
    problem: '两个镇均存在无公函接待问题',
    measures: '修订公务接待管理办法',
    findings: [
      {
        id: 'f-1',
        problem: '公务接待无公函',
        unitId: 'unit-1',
        unitName: '石桥镇',
        roundId: 'r-1',
        roundName: '2026年第一轮巡察',
      },
      {
        id: 'f-2',
        problem: '接待清单与实际不符',
        unitId: 'unit-2',
        unitName: '河西镇',
        roundId: 'r-1',
        roundName: '2026年第一轮巡察',
      },
    ],
    files: [],
    closureRequestedAt: null,
    closedAt: null,
    escalations: [],
    history: [],
    actions: [],
    canEdit: false,
    role: 'reader',
    ...overrides,
  };
}
