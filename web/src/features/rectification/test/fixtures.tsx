import type { Me } from '../../auth/api/types';
import type { ItemDetail, ItemView, PlanDetail, PlanSummary } from '../api/types';

export const OFFICE_ME: Me = {
  user: {
    id: 'u-office',
    username: 'office',
    displayName: '巡察办 周主任',
    jurisdictionId: 'j1',
    jurisdictionName: '清河县',
    totpEnabled: true,
  },
  roles: [{ role: 'office_admin', jurisdictionId: 'j1', teamId: null, unitId: null }],
  abilities: { 'rectification.read': true, 'rectification.review': true },
  csrfToken: 'c-1',
};

export const LIAISON_ME: Me = {
  ...OFFICE_ME,
  user: { ...OFFICE_ME.user, id: 'u-liaison', username: 'liaison', displayName: '住建局 王联络员' },
  roles: [{ role: 'unit_liaison', jurisdictionId: 'j1', teamId: null, unitId: 'unit-1' }],
  abilities: { 'rectification.read': true },
};

export const PLAN_ID = '11111111-1111-4111-8111-111111111111';

export function planSummary(overrides: Partial<PlanSummary> = {}): PlanSummary {
  return {
    id: PLAN_ID,
    jurisdictionId: 'j1',
    roundId: 'r-1',
    roundName: '2026年第一轮巡察',
    unitId: 'unit-1',
    unitName: '县住建局',
    state: 'drafting',
    feedbackOn: '2026-10-10',
    dueOn: '2027-01-08',
    counts: { open: 1, closureRequested: 0, closed: 0, overdue: 0 },
    version: 2,
    ...overrides,
  };
}

export function itemView(overrides: Partial<ItemView> = {}): ItemView {
  return {
    id: 'i-1',
    planId: PLAN_ID,
    findingId: 'f-1',
    problem: '工程项目招投标管理不规范',
    responsibleLeader: '张局长',
    responsiblePersons: '规划科 李科长',
    measures: '修订招投标管理办法，开展专项清理',
    dueOn: '2027-01-08',
    immediateFix: false,
    state: 'open',
    overdue: false,
    daysLeft: 40,
    files: [],
    flags: [],
    closureRequestedAt: null,
    closedAt: null,
    history: [],
    escalations: [],
    actions: [],
    version: 1,
    ...overrides,
  };
}

export function itemDetail(overrides: Partial<ItemDetail> = {}): ItemDetail {
  return { ...itemView(), unitId: 'unit-1', planState: 'approved', ...overrides };
}

export function planDetail(overrides: Partial<PlanDetail> = {}): PlanDetail {
  const { counts: _counts, ...summary } = planSummary();
  return {
    ...summary,
    summary: null,
    approvedAt: null,
    findings: [
      { id: 'f-1', problem: '工程项目招投标管理不规范', itemCount: 1 },
      { id: 'f-2', problem: '公务用车管理混乱', itemCount: 0 },
    ],
    items: [itemView()],
    counts: { open: 1, closureRequested: 0, closed: 0, overdue: 0 },
    actions: [],
    canEditItems: false,
    secretaryUserId: null,
    secretaryName: null,
    report: null,
    canWriteReport: false,
    canSign: false,
    timeline: [],
    ...overrides,
  };
}
