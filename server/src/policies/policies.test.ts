import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import type { Actor, RoleAssignment } from '../core/context.js';
import { DomainError } from '../core/errors.js';
import { roleCodes, type RoleCode } from '../core/roles.js';
import { menuAbilities, type MenuAbility } from './abilities.js';
import { auditPolicy } from './audit-policy.js';
import { coveredJurisdictions, isOnAssignedTeam, liaisonUnitIds } from './checks.js';
import { orgPolicy } from './org-policy.js';
import { userPolicy } from './user-policy.js';

// A small tree: province → city → county, and a separate province elsewhere.
const PROVINCE = '10000000-0000-4000-8000-000000000001';
const CITY = '10000000-0000-4000-8000-000000000002';
const COUNTY = '10000000-0000-4000-8000-000000000003';
const ELSEWHERE = '10000000-0000-4000-8000-000000000009';
const below: Record<string, string[]> = {
  [PROVINCE]: [PROVINCE, CITY, COUNTY],
  [CITY]: [CITY, COUNTY],
  [COUNTY]: [COUNTY],
  [ELSEWHERE]: [ELSEWHERE],
};
const TEAM = '20000000-0000-4000-8000-000000000001';
const UNIT = '30000000-0000-4000-8000-000000000001';

function role(
  code: RoleCode,
  jurisdictionId = CITY,
  scope: { teamId?: string; unitId?: string } = {},
): RoleAssignment {
  return {
    role: code,
    jurisdictionId,
    teamId: scope.teamId ?? null,
    unitId: scope.unitId ?? null,
    coveredJurisdictionIds: below[jurisdictionId]!,
  };
}

function actor(...roles: RoleAssignment[]): Actor {
  return {
    userId: '40000000-0000-4000-8000-000000000001',
    username: 'tester',
    displayName: '测试',
    jurisdictionId: roles[0]?.jurisdictionId ?? CITY,
    roles,
    sessionId: null,
  };
}

const dialect = new PgDialect();
const render = (where: SQL) => dialect.sqlToQuery(where);

/** Which menu abilities each role grants (notifications and profile are everyone's). */
const grants: Record<RoleCode, MenuAbility[]> = {
  system_admin: ['users.manage', 'org.read', 'org.manage', 'settings.manage', 'calendar.manage'],
  office_admin: [
    'org.read',
    'org.manage',
    'settings.manage',
    'calendar.manage',
    'petitions.read',
    'petitions.register',
    'petitions.deadlines',
    'petitions.satisfaction',
    'access-requests.read',
    'rounds.read',
    'rounds.plan',
    'inspectors.read',
    'clues.read',
    'clues.manage',
    'rectification.read',
    'rectification.review',
  ],
  leading_group: [
    'org.read',
    'petitions.read',
    'petitions.deadlines',
    'petitions.satisfaction',
    'access-requests.read',
    'rounds.read',
    'inspectors.read',
    'clues.read',
    'rectification.read',
  ],
  team_leader: [
    'org.read',
    'petitions.read',
    'petitions.register',
    'access-requests.read',
    'rounds.read',
    'clues.read',
    'rectification.read',
  ],
  team_member: [
    'org.read',
    'petitions.read',
    'petitions.register',
    'access-requests.read',
    'rounds.read',
    'clues.read',
    'rectification.read',
  ],
  petition_clerk: [
    'org.read',
    'petitions.read',
    'petitions.register',
    'petitions.deadlines',
    'access-requests.read',
  ],
  discipline: ['org.read', 'petitions.read', 'access-requests.read', 'clues.read', 'clues.inbox'],
  organization: ['org.read', 'petitions.read', 'access-requests.read', 'clues.read', 'clues.inbox'],
  unit_liaison: ['rectification.read'],
  auditor: ['audit.read'],
};
const abilityNames = Object.keys(menuAbilities(actor())) as MenuAbility[];

describe('menu abilities', () => {
  it('name exactly these abilities', () => {
    expect(abilityNames.sort()).toEqual(
      [
        'access-requests.read',
        'audit.read',
        'calendar.manage',
        'clues.inbox',
        'clues.manage',
        'clues.read',
        'inspectors.read',
        'petitions.deadlines',
        'petitions.read',
        'petitions.register',
        'petitions.satisfaction',
        'notifications.read',
        'org.manage',
        'org.read',
        'profile.read',
        'rectification.read',
        'rectification.review',
        'rounds.plan',
        'rounds.read',
        'settings.manage',
        'users.manage',
      ].sort(),
    );
  });

  const table = roleCodes.flatMap((code) =>
    abilityNames.map((ability) => {
      const expected =
        ability === 'notifications.read' ||
        ability === 'profile.read' ||
        grants[code].includes(ability);
      return [code, ability, expected] as const;
    }),
  );
  it.each(table)('%s → %s: %s', (code, ability, expected) => {
    const scope =
      code === 'unit_liaison' ? { unitId: UNIT } : code.startsWith('team_') ? { teamId: TEAM } : {};
    expect(menuAbilities(actor(role(code, CITY, scope)))[ability]).toBe(expected);
  });

  it.each(roleCodes)('%s never both administers users and reads the audit log (三员)', (code) => {
    const abilities = menuAbilities(actor(role(code)));
    expect(abilities['users.manage'] && abilities['audit.read']).toBe(false);
  });

  it('unions the abilities of several roles', () => {
    const abilities = menuAbilities(actor(role('petition_clerk'), role('auditor')));
    expect(abilities).toMatchObject({ 'org.read': true, 'audit.read': true, 'org.manage': false });
  });

  it('gives a user without roles only their own inbox and profile', () => {
    const abilities = menuAbilities(actor());
    expect(
      Object.entries(abilities)
        .filter(([, v]) => v)
        .map(([k]) => k)
        .sort(),
    ).toEqual(['notifications.read', 'profile.read']);
  });
});

describe('userPolicy', () => {
  const cityAdmin = actor(role('system_admin', CITY));

  it.each([
    [PROVINCE, false],
    [CITY, true],
    [COUNTY, true],
    [ELSEWHERE, false],
  ])('a city system administrator manages users in %s: %s', (jurisdictionId, expected) => {
    expect(userPolicy.canManageIn(cityAdmin, jurisdictionId)).toBe(expected);
  });

  it.each(roleCodes.filter((code) => code !== 'system_admin'))(
    '%s manages no users and sees none',
    (code) => {
      const someone = actor(role(code));
      expect(userPolicy.canManageIn(someone, CITY)).toBe(false);
      expect(render(userPolicy.visibleWhere(someone)).sql).toBe('false');
      expect(() => userPolicy.authorizeManage(someone, CITY)).toThrow(DomainError);
    },
  );

  it('filters the user list to the administrator’s jurisdictions', () => {
    const query = render(userPolicy.visibleWhere(cityAdmin));
    expect(query.sql).toMatch(/"jurisdiction_id" in \(\$1, \$2\)/);
    expect(query.params).toEqual([CITY, COUNTY]);
  });

  it.each([
    ['someone in the county', { id: 'u1', jurisdictionId: COUNTY }, [COUNTY], true, true],
    ['themself', { id: cityAdmin.userId, jurisdictionId: CITY }, [CITY], true, false],
    [
      'someone holding a province role',
      { id: 'u2', jurisdictionId: COUNTY },
      [PROVINCE],
      false,
      false,
    ],
    ['someone in the province', { id: 'u3', jurisdictionId: PROVINCE }, [], false, false],
    ['someone without roles in the city', { id: 'u4', jurisdictionId: CITY }, [], true, true],
  ])(
    'abilities on %s: update %s, disable/reset %s',
    (_label, user, roleJurisdictions, update, others) => {
      expect(userPolicy.abilities(cityAdmin, user, roleJurisdictions)).toEqual({
        update,
        disable: others,
        resetPassword: others,
      });
    },
  );

  it('throws a forbidden DomainError outside the administrator’s jurisdictions', () => {
    expect(() => userPolicy.authorizeManage(cityAdmin, PROVINCE)).toThrow(
      expect.objectContaining({ code: 'forbidden' }) as Error,
    );
    expect(() => userPolicy.authorizeManage(cityAdmin, COUNTY)).not.toThrow();
  });
});

describe('orgPolicy', () => {
  it.each(
    roleCodes.map((code) => [code, code === 'system_admin' || code === 'office_admin'] as const),
  )('%s manages the organization of its jurisdiction: %s', (code, expected) => {
    const someone = actor(role(code));
    expect(orgPolicy.canManage(someone, COUNTY)).toBe(expected);
    expect(orgPolicy.canManage(someone, PROVINCE)).toBe(false);
    if (expected) expect(() => orgPolicy.authorizeManage(someone, CITY)).not.toThrow();
    else expect(() => orgPolicy.authorizeManage(someone, CITY)).toThrow(DomainError);
  });

  it('lets readers see the units of their jurisdictions, and no units elsewhere', () => {
    const query = render(orgPolicy.unitVisibleWhere(actor(role('discipline', CITY))));
    expect(query.params).toEqual([CITY, COUNTY]);
    expect(query.sql).toContain('false');
  });

  it('lets a unit liaison see their own unit only, and no departments', () => {
    const liaison = actor(role('unit_liaison', CITY, { unitId: UNIT }));
    const units = render(orgPolicy.unitVisibleWhere(liaison));
    expect(units.params).toEqual([UNIT]);
    expect(units.sql).toMatch(/^\(false or "units"\."id" in \(\$1\)\)$/);
    expect(render(orgPolicy.departmentVisibleWhere(liaison)).sql).toBe('false');
    expect(liaisonUnitIds(liaison)).toEqual([UNIT]);
  });

  it('lets the auditor see the jurisdiction tree but not its units', () => {
    const auditor = actor(role('auditor', PROVINCE));
    expect(render(orgPolicy.jurisdictionVisibleWhere(auditor)).params).toEqual(below[PROVINCE]);
    expect(render(orgPolicy.unitVisibleWhere(auditor)).sql).toBe('(false or false)');
  });
});

describe('checks and the audit policy', () => {
  it.each(roleCodes.map((code) => [code, code === 'auditor'] as const))(
    '%s reads the audit log: %s',
    (code, expected) => {
      expect(auditPolicy.canRead(actor(role(code)))).toBe(expected);
    },
  );

  it('collects covered jurisdictions only from the named roles', () => {
    const mixed = actor(role('auditor', COUNTY), role('office_admin', PROVINCE));
    expect(coveredJurisdictions(mixed, ['auditor'])).toEqual([COUNTY]);
    expect(coveredJurisdictions(mixed, ['office_admin']).sort()).toEqual(below[PROVINCE]!.sort());
    expect(coveredJurisdictions(mixed, ['system_admin'])).toEqual([]);
  });

  it('knows a team member’s team', () => {
    const member = actor(role('team_member', CITY, { teamId: TEAM }));
    expect(isOnAssignedTeam(member, TEAM)).toBe(true);
    expect(isOnAssignedTeam(member, '20000000-0000-4000-8000-000000000002')).toBe(false);
    expect(isOnAssignedTeam(member, null)).toBe(false);
    expect(isOnAssignedTeam(actor(role('petition_clerk')), TEAM)).toBe(false);
  });
});
