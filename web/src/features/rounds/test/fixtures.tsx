import type { Me } from '../../auth/api/types';
import type { InspectorSummary } from '../../inspectors/api/types';
import type { RankedUnit, RoundDetail } from '../api/types';

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
  abilities: {
    'rounds.read': true,
    'rounds.plan': true,
    'inspectors.read': true,
    'org.read': true,
  },
  csrfToken: 'c-1',
};

export const LEADER_ME: Me = {
  ...OFFICE_ME,
  user: { ...OFFICE_ME.user, id: 'u-leader', username: 'leader', displayName: '领导小组 陈组长' },
  roles: [{ role: 'leading_group', jurisdictionId: 'j1', teamId: null, unitId: null }],
  abilities: { 'rounds.read': true, 'inspectors.read': true, 'org.read': true },
};

export const TEAM_LEADER_ME: Me = {
  ...OFFICE_ME,
  user: { ...OFFICE_ME.user, id: 'u-t1', username: 'team1lead', displayName: '第一巡察组 王组长' },
  roles: [{ role: 'team_leader', jurisdictionId: 'j1', teamId: 't-1', unitId: null }],
  abilities: { 'rounds.read': true, 'org.read': true },
};

/** Every gate as the server lists it for a round in preparation with a team still unstaffed. */
export const PREPARATION_GATES: Record<string, string[]> = {
  start_on_site: ['有巡察组尚未确定组长', '尚未向有关部门提出情况通报请求'],
  submit_report: ['还有 2 个巡察对象没有巡察报告'],
  return_report: [],
  approve_report: ['还有 2 个巡察对象没有巡察报告'],
  deliver_feedback: ['巡察报告尚未全部经领导小组审定', '还有 2 个巡察对象未反馈巡察意见'],
  archive: [],
};

export function roundDetail(overrides: Partial<RoundDetail> = {}): RoundDetail {
  return {
    id: 'r-1',
    jurisdictionId: 'j1',
    name: '十五届县委第三轮巡察',
    kind: 'regular',
    topic: null,
    stage: 'preparation',
    startsOn: '2026-03-01',
    endsOn: '2026-04-30',
    authorizationNo: '清巡授〔2026〕3号',
    termId: null,
    version: 2,
    targets: [
      {
        unitId: 'u-1',
        unitName: '县住建局',
        unitType: 'department',
        teamId: 't-1',
        teamName: '第一巡察组',
      },
      {
        unitId: 'u-2',
        unitName: '县医保局',
        unitType: 'department',
        teamId: 't-1',
        teamName: '第一巡察组',
      },
    ],
    members: [
      { teamId: 't-1', inspectorId: 'i-1', name: '赵六', role: 'member', overrideId: null },
    ],
    warnings: [],
    actions: [],
    gates: PREPARATION_GATES,
    abilities: { update: true },
    ...overrides,
  };
}

export function inspector(overrides: Partial<InspectorSummary> = {}): InspectorSummary {
  return {
    id: 'i-9',
    jurisdictionId: 'j1',
    name: '钱七',
    gender: 'male',
    specialties: ['财务'],
    rank: '四级主任科员',
    currentUnit: '县财政局',
    hometown: '清河县',
    region: '城关镇',
    available: true,
    eligible: true,
    userId: null,
    version: 1,
    abilities: { update: true, checkRecusal: true },
    ...overrides,
  };
}

export function ranked(overrides: Partial<RankedUnit> = {}): RankedUnit {
  return {
    unitId: 'u-1',
    unitName: '县住建局',
    unitType: 'department',
    lastInspectedOn: null,
    petitions: 3,
    repeatedPetitions: 1,
    score: 18,
    components: [
      { key: 'petitions', value: 4, weight: 2, points: 8 },
      { key: 'clues', value: 1, weight: 3, points: 3 },
      { key: 'rectification', value: 0, weight: 2, points: 0 },
      { key: 'yearsSinceInspection', value: 5, weight: 1.4, points: 7 },
    ],
    ...overrides,
  };
}
