import type { Me } from '../../auth/api/types';
import type { ClueDetail, ClueList, ClueSummary } from '../api/types';

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
  abilities: { 'clues.read': true, 'clues.manage': true, 'org.read': true },
  csrfToken: 'c-1',
};

export const RECEIVER_ME: Me = {
  ...OFFICE_ME,
  user: { ...OFFICE_ME.user, id: 'u-disc', username: 'discipline', displayName: '县纪委 李' },
  roles: [{ role: 'discipline', jurisdictionId: 'j1', teamId: null, unitId: null }],
  abilities: { 'clues.read': true, 'clues.inbox': true, 'org.read': true },
};

export function clueSummary(overrides: Partial<ClueSummary> = {}): ClueSummary {
  return {
    id: 'c-1',
    jurisdictionId: 'j1',
    code: 'XS202600001',
    source: 'petition',
    roundId: null,
    roundName: null,
    accusedName: '李四',
    accusedPosition: '局长',
    accusedUnitId: null,
    accusedUnitName: '县住建局',
    accusedCadreLevel: 'section',
    focus: 'corruption',
    disciplines: ['integrity'],
    description: '反映李四收受工程老板礼金',
    confidential: false,
    prioritized: false,
    account: 'recorded',
    accountSince: '2026-11-01T02:00:00.000Z',
    accountDueOn: '2026-11-15',
    ageDays: 3,
    stall: null,
    createdAt: '2026-11-01T02:00:00.000Z',
    handedOverAt: null,
    transferredAt: null,
    supervisedAt: null,
    closedAt: null,
    receiverDepartmentId: null,
    receiverName: null,
    feedbackDueOn: null,
    disposal: null,
    disposalOn: null,
    reviewDueOn: null,
    outcome: null,
    outcomeOn: null,
    falseAccusation: false,
    version: 3,
    ...overrides,
  };
}

export function clueList(items: ClueSummary[], overrides: Partial<ClueList> = {}): ClueList {
  return {
    items,
    total: items.length,
    page: 1,
    pageSize: 20,
    accounts: { recorded: 4, handedOver: 3, transferred: 2, underSupervision: 5, closed: 11 },
    stalls: { pendingAccount: 2, deadAccount: 1, reviewDue: 1 },
    ...overrides,
  };
}

const DISCIPLINE_COMMISSION = {
  departmentId: 'd-disc',
  name: '清河县纪委监委',
  kind: 'discipline_commission' as const,
  jurisdictionId: 'j1',
  jurisdictionName: '清河县',
  onPaper: false,
};

const ORGANIZATION = {
  departmentId: 'd-org',
  name: '清河县委组织部',
  kind: 'organization_department' as const,
  jurisdictionId: 'j1',
  jurisdictionName: '清河县',
  onPaper: false,
};

const HOUSING = {
  departmentId: 'd-housing',
  name: '清河县住建局',
  kind: 'competent_department' as const,
  jurisdictionId: 'j1',
  jurisdictionName: '清河县',
  onPaper: true,
};

export const RECEIVERS = { DISCIPLINE_COMMISSION, ORGANIZATION, HOUSING };

export function clueDetail(overrides: Partial<ClueDetail> = {}): ClueDetail {
  return {
    ...clueSummary({
      account: 'handedOver',
      handedOverAt: '2026-11-03T02:00:00.000Z',
      accountSince: '2026-11-03T02:00:00.000Z',
    }),
    sourcePetitionId: 'p-1',
    sourcePetitionCode: 'XF202600001',
    sourceActivityId: null,
    accusedCadreId: null,
    outcomeNote: null,
    dualInquiryResult: null,
    dualInquiryNote: null,
    dualInquiryOn: null,
    evidence: {
      petitions: [{ id: 'p-1', code: 'XF202600001' }],
      activities: [{ id: 'a-1', roundId: 'r-1', method: 'talk', summary: '与办公室主任谈话' }],
      files: [],
    },
    members: [],
    transfers: [],
    reviews: [],
    notices: [],
    timeline: [
      {
        action: 'hand_over',
        fromState: 'recorded',
        toState: 'handedOver',
        actorName: '巡察办 周主任',
        opinion: null,
        at: '2026-11-03T02:00:00.000Z',
      },
    ],
    actions: [],
    proposedReceiver: null,
    receiverOptions: [],
    reviewMissing: false,
    canEdit: false,
    actsOnBehalf: false,
    ...overrides,
  };
}
