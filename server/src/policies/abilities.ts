import type { Actor } from '../core/context.js';
import type { RoleCode } from '../core/roles.js';
import { holdsAnyRole } from './checks.js';

/** Everyone who works on cases: the office, leaders, teams, clerks and receiving departments. */
const caseworkers: readonly RoleCode[] = [
  'office_admin',
  'leading_group',
  'team_leader',
  'team_member',
  'petition_clerk',
  'discipline',
  'organization',
];

/** Menu-level abilities: the UI builds its menu from these, never from role names. */
const abilityRoles = {
  'users.manage': ['system_admin'],
  'org.read': ['system_admin', ...caseworkers],
  'org.manage': ['system_admin', 'office_admin'],
  'audit.read': ['auditor'],
  'petitions.read': caseworkers,
  'petitions.register': ['office_admin', 'team_leader', 'team_member', 'petition_clerk'],
  'petitions.deadlines': ['office_admin', 'leading_group', 'petition_clerk'],
  /** 满意度测评 counts per handling unit. */
  'petitions.satisfaction': ['office_admin', 'leading_group'],
  'access-requests.read': caseworkers,
  'rounds.read': ['office_admin', 'leading_group', 'team_leader', 'team_member'],
  'rounds.plan': ['office_admin'],
  'inspectors.read': ['office_admin', 'leading_group'],
  'clues.read': [
    'office_admin',
    'leading_group',
    'team_leader',
    'team_member',
    'discipline',
    'organization',
  ],
  'clues.manage': ['office_admin'],
  'clues.inbox': ['discipline', 'organization'],
  'rectification.read': [
    'office_admin',
    'leading_group',
    'team_leader',
    'team_member',
    'unit_liaison',
  ],
  'rectification.review': ['office_admin'],
  'settings.manage': ['system_admin', 'office_admin'],
  'calendar.manage': ['system_admin', 'office_admin'],
} as const satisfies Record<string, readonly RoleCode[]>;

export type MenuAbility = keyof typeof abilityRoles | 'notifications.read' | 'profile.read';

export function rolesFor(ability: keyof typeof abilityRoles): readonly RoleCode[] {
  return abilityRoles[ability];
}

export function menuAbilities(actor: Actor): Record<MenuAbility, boolean> {
  const result = {} as Record<MenuAbility, boolean>;
  for (const [ability, roles] of Object.entries(abilityRoles)) {
    result[ability as MenuAbility] = holdsAnyRole(actor, roles);
  }
  result['notifications.read'] = true;
  result['profile.read'] = true;
  return result;
}
