import type { ReactNode } from 'react';
import { vi } from 'vitest';
import type { RouteObject } from 'react-router';
import type { Me } from '../../auth/api/types';
import { SessionContext } from '../../auth/session';
import type { PetitionDetail } from '../api/types';

export const CLERK_ME: Me = {
  user: {
    id: 'u-clerk',
    username: 'clerk',
    displayName: '信访受理员 刘',
    jurisdictionId: 'j1',
    jurisdictionName: '清河县',
    totpEnabled: false,
  },
  roles: [{ role: 'petition_clerk', jurisdictionId: 'j1', teamId: null, unitId: null }],
  abilities: {
    'petitions.read': true,
    'petitions.register': true,
    'petitions.deadlines': true,
    'access-requests.read': true,
    'org.read': true,
  },
  csrfToken: 'c-1',
};

export const LEADER_ME: Me = {
  ...CLERK_ME,
  user: { ...CLERK_ME.user, id: 'u-leader', username: 'leader', displayName: '领导小组 陈组长' },
  roles: [{ role: 'leading_group', jurisdictionId: 'j1', teamId: null, unitId: null }],
};

/** A page as the signed-in user sees it, without the layout around it. */
export function signedIn(element: ReactNode, me: Me = CLERK_ME): ReactNode {
  return <SessionContext.Provider value={me}>{element}</SessionContext.Provider>;
}

/** Routes for one page plus a marker page for every other path it may navigate to. */
export function pageRoutes(path: string, element: ReactNode, me: Me = CLERK_ME): RouteObject[] {
  return [
    { path, element: signedIn(element, me) },
    { path: '*', element: <div data-testid="elsewhere">elsewhere</div> },
  ];
}

export function petitionDetail(overrides: Partial<PetitionDetail> = {}): PetitionDetail {
  return {
    id: 'p-1',
    code: 'XF202600001',
    jurisdictionId: 'j1',
    channel: 'letter',
    receivedOn: '2026-11-20',
    anonymous: false,
    petitionerName: '张*',
    petitionerPhone: '138****1234',
    idNumberProblem: null,
    phoneProblem: null,
    focus: 'corruption',
    disciplines: ['integrity'],
    summary: '反映某局长收受礼金',
    state: 'proposed',
    handlerId: null,
    acceptanceDueOn: '2099-12-05',
    conclusionDueOn: null,
    caseGroupId: null,
    reviewFlag: null,
    version: 3,
    actions: [],
    roundId: null,
    sourceDepartmentId: null,
    sourceReference: null,
    content: '来信反映……',
    handlingDepartmentId: null,
    transferDepartmentId: null,
    transferDueOn: null,
    acceptedOn: null,
    extensionDays: null,
    notAcceptedReason: null,
    answer: null,
    reviewNote: null,
    reviewFlaggedAt: null,
    clueIds: [],
    accused: [
      {
        kind: 'person',
        name: '李四',
        position: '局长',
        unitId: null,
        unitName: '县住建局',
        repeatCount: 2,
      },
    ],
    attachments: [],
    timeline: [
      {
        action: 'propose',
        fromState: 'registered',
        toState: 'proposed',
        opinion: '建议呈领导阅批',
        at: '2026-11-20T02:00:00.000Z',
        actorName: '信访受理员 刘',
      },
    ],
    grants: { identityExpiresAt: null, copyExpiresAt: null },
    can: {
      link: false,
      flag: false,
      spawnClue: false,
      upload: false,
      requestIdentity: false,
      requestCopy: false,
      revealIdentity: false,
      download: false,
    },
    ...overrides,
  };
}

/**
 * jsdom does not implement getComputedStyle's pseudo-element argument, which antd's modal
 * scrollbar measurement passes; answer for the element itself instead of logging an error.
 */
export function quietComputedStyle(): void {
  const original = window.getComputedStyle.bind(window);
  vi.spyOn(window, 'getComputedStyle').mockImplementation((element) => original(element));
}
