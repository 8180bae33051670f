import type { Me } from '../../auth/api/types';
import type {
  FollowUpVisit,
  ItemDetail,
  ItemView,
  PlanDetail,
  PlanSummary,
  SupervisionCheck,
} from '../api/types';

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

/** A member of the team that inspected the unit: supervises, but holds no office ability. */
export const TEAM_ME: Me = {
  ...OFFICE_ME,
  user: { ...OFFICE_ME.user, id: 'u-team', username: 'team', displayName: '第一巡察组 孙组长' },
  roles: [{ role: 'team_leader', jurisdictionId: 'j1', teamId: 't-1', unitId: null }],
  abilities: { 'rectification.read': true, 'rounds.read': true },
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
    canSupervise: false,
    canSign: false,
    timeline: [],
    ...overrides,
  };
}

export function supervisionCheck(overrides: Partial<SupervisionCheck> = {}): SupervisionCheck {
  return {
    id: 'c-1',
    planId: PLAN_ID,
    itemId: 'i-1',
    kind: 'onSite',
    plannedOn: '2026-11-02',
    doneOn: null,
    result: null,
    note: '实地查看招投标台账',
    version: 1,
    ...overrides,
  };
}

export function followUpVisit(overrides: Partial<FollowUpVisit> = {}): FollowUpVisit {
  return {
    id: 'v-1',
    planId: PLAN_ID,
    dueOn: '2027-07-08',
    sampleItemIds: ['i-1', 'i-2'],
    visitedOn: null,
    results: [],
    version: 1,
    ...overrides,
  };
}
