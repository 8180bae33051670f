/** Role codes (DOMAIN.md §1, plus the system administrator of the 三员 separation). */
export const roleCodes = [
  'system_admin',
  'office_admin',
  'leading_group',
  'team_leader',
  'team_member',
  'petition_clerk',
  'discipline',
  'organization',
  'unit_liaison',
  'auditor',
] as const;

export type RoleCode = (typeof roleCodes)[number];

/** What a role is scoped to besides its jurisdiction. */
export const roleScope: Record<RoleCode, 'jurisdiction' | 'team' | 'unit'> = {
  system_admin: 'jurisdiction',
  office_admin: 'jurisdiction',
  leading_group: 'jurisdiction',
  team_leader: 'team',
  team_member: 'team',
  petition_clerk: 'jurisdiction',
  discipline: 'jurisdiction',
  organization: 'jurisdiction',
  unit_liaison: 'unit',
  auditor: 'jurisdiction',
};

/** Leader roles may approve (阅批, extensions, overrides, identity reveals). */
export const leaderRoles: readonly RoleCode[] = ['leading_group', 'office_admin'];

export function isRoleCode(value: string): value is RoleCode {
  return (roleCodes as readonly string[]).includes(value);
}
